import { z } from 'zod';
import type { ImportReport } from '@/lib/backup/import-report';
import { CaptureWarning, ListedSection, NotAProfileReason, PageReading, Profile } from '@/lib/capture/profile';
import { ProfileUrl } from '@/lib/records/fields';
import { Stage } from '@/lib/contacts/stage';
import { Interview } from '@/lib/interviews/interview';
import { MeetingInput } from '@/lib/meetings/meeting';
import { Settings, SettingsPatch } from '@/lib/settings';
import { Template } from '@/lib/templates/template';

/**
 * The one protocol between the content script, the background worker and extension pages.
 * Each entry's schema is what the background parses on arrival; `BackgroundResponses` is the
 * type of what comes back inside a `Reply`.
 *
 * Content scripts import this file with `import type` only, so zod never ships to linkedin.com.
 */
const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);

export const ContactPatch = z
  .object({
    fullName: text(300).min(1, 'A contact needs a name'),
    firstName: text(300),
    lastName: text(300),
    headline: text(2000),
    location: text(300),
    email: z.email('That email address does not look right').max(320).or(z.literal('')),
    currentTitle: text(500),
    currentCompany: text(500),
    about: text(20_000),
    tags: z.array(text(60).min(1)).max(50),
    notes: text(100_000),
    source: text(500),
    referredById: id.or(z.literal('')),
  })
  .partial()
  .strict();

/** The fields the review card on LinkedIn may correct, at least one of them. */
export const CapturePatch = ContactPatch.pick({
  fullName: true,
  headline: true,
  currentTitle: true,
  currentCompany: true,
  location: true,
})
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field');

/**
 * What an injected reader (entrypoints/profile-reader.ts or public-reader.ts, run with
 * scripting.executeScript) returns: the raw reading of the page, or why there is none, or which
 * other reader file the page needs. The background parses it like any message, since it was
 * read off LinkedIn's page, then builds the Profile itself (lib/capture/capture-result.ts).
 */
export const ReaderResult = z.union([
  // `listed`: the section a /details/ page lists, which the canonical url no longer says.
  z.object({ ok: z.literal(true), url: ProfileUrl(), reading: PageReading, listed: ListedSection.optional() }).strict(),
  z.object({ ok: z.literal(false), reason: NotAProfileReason }).strict(),
  z.object({ ok: z.literal(false), missing: z.enum(['signedIn', 'public']) }).strict(),
]);

export const BackgroundRequests = {
  /** Extension pages and tests → background: store a capture (upsert by canonical URL). */
  saveCapture: z.object({ profile: Profile, warnings: z.array(CaptureWarning).max(20) }),
  /**
   * Content script → background: read the profile in the sender's own tab and save it. The
   * background injects the reader itself, so nothing the page or the content script hands
   * over becomes a contact.
   */
  captureTab: z.object({}).strict(),
  /** Content script → background: correct the contact this tab just saved (and only that one). */
  editCapture: z.object({ contactId: id, patch: CapturePatch }).strict(),
  updateContact: z.object({ id, patch: ContactPatch }),
  setStage: z.object({ id, stage: Stage }),
  addContact: z.object({
    fullName: text(300).trim().min(1, 'Give the person a name'),
    profileUrl: text(500).optional(),
    source: text(500).optional(),
    referredById: id.optional(),
    notes: text(100_000).optional(),
  }),
  deleteContact: z.object({ id }),
  restoreContact: z.object({ undoToken: id }),
  // What the user typed, as typed (a string), checked here rather than cast by the page.
  deleteAllData: z.object({ confirmation: text(100).refine((typed) => typed === 'DELETE', 'Type DELETE to confirm') }),
  markSent: z.object({
    contactId: id,
    templateId: id.optional(),
    kind: text(40),
    channel: text(40),
    subject: text(300).optional(),
    text: text(20_000).min(1, 'The draft is empty'),
  }),
  logReply: z.object({ contactId: id }),
  /** With `meetingId`: reschedule or edit that meeting (its reminders follow); without: a new one. */
  saveMeeting: z.object({ contactId: id, meetingId: id.optional(), input: MeetingInput }),
  cancelMeeting: z.object({ meetingId: id }),
  saveInterview: z.object({ interview: Interview }),
  reminderAction: z.object({
    reminderId: id,
    action: z.enum(['done', 'dismiss', 'snooze']),
    days: z.number().int().min(1).max(30).optional(),
  }),
  /** Created when it has no id; id and times are the background's to set. The {{variable}} check follows in saveTemplate. */
  saveTemplate: z.object({ template: Template.partial({ id: true, createdAt: true, updatedAt: true }) }),
  deleteTemplate: z.object({ id }),
  restoreDefaultTemplates: z.object({}),
  /** A patch merged over the stored settings (see SettingsPatch): never a reset to defaults. */
  saveSettings: z.object({ settings: SettingsPatch }),
  /**
   * Page → background, after the page committed a backup import itself (lib/db/backup.ts): the
   * reminders are in the database already; alarms, badge and notifications follow them. Backups
   * never travel as messages: Chrome refuses any past 64 MiB.
   */
  syncReminders: z.object({}).strict(),
  importLinkedInCsv: z.object({ text: text(20_000_000) }),
};

/** Generated by the page for each request that writes; a retry sends the same one. */
export const RequestId = z.string().min(8).max(100);

/** The requests that change nothing and so need no requestId. */
export const READ_ONLY_REQUESTS: ReadonlyArray<keyof typeof BackgroundRequests> = ['syncReminders'];

/** The only requests a content script (running inside linkedin.com) may make. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlyArray<keyof typeof BackgroundRequests> = ['captureTab', 'editCapture'];

export type { ImportReport } from '@/lib/backup/import-report';

/** What was stored, as the review card on LinkedIn shows it. */
export const ContactReview = z.object({
  fullName: z.string(),
  headline: z.string().optional(),
  currentTitle: z.string().optional(),
  currentCompany: z.string().optional(),
  location: z.string().optional(),
  experienceCount: z.number().int().min(0),
  educationCount: z.number().int().min(0),
  /** Fields the user corrected by hand: later captures keep them. */
  editedFields: z.array(z.string()),
});
export type ContactReview = z.infer<typeof ContactReview>;

export const CapturedContact = z.object({
  status: z.enum(['created', 'updated']),
  contactId: id,
  fullName: z.string(),
  warnings: z.array(CaptureWarning),
  jobChanged: z.boolean(),
  review: ContactReview,
});
export type CapturedContact = z.infer<typeof CapturedContact>;

/** lib/backup/import-report.ts's ImportReport as a schema; the checks below keep the two the same. */
const ImportReportReply = z.object({
  rowsRead: z.number().int().min(0),
  added: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  rejected: z.array(z.object({ where: z.string(), reason: z.string() })),
  note: z.string().optional(),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const importReportMatches: Same<z.infer<typeof ImportReportReply>, ImportReport> = true;
void importReportMatches;

/**
 * What each request answers with, inside a `Reply`. The types callers see are derived from
 * these; tests parse the background's real replies with them (tests/background/replies.test.ts).
 * Production does not parse replies: they come from our own worker, and an export or import
 * report can be megabytes, parsed again on every answer for nothing.
 */
export const BackgroundReplies = {
  saveCapture: z.object({ status: z.enum(['created', 'updated']), contactId: id, fullName: z.string(), jobChanged: z.boolean() }),
  captureTab: CapturedContact,
  editCapture: z.object({ review: ContactReview }),
  updateContact: z.null(),
  setStage: z.null(),
  addContact: z.object({ id }),
  deleteContact: z.object({ undoToken: id }),
  restoreContact: z.null(),
  deleteAllData: z.null(),
  markSent: z.object({ outreachId: id }),
  logReply: z.null(),
  saveMeeting: z.object({ meetingId: id }),
  cancelMeeting: z.null(),
  saveInterview: z.object({ createdContactIds: z.array(id) }),
  /** `notice`: a sentence to show when the action differed from the ask (a snooze kept inside the thank-you window). */
  reminderAction: z.object({ notice: z.string().nullable() }),
  saveTemplate: z.object({ id }),
  deleteTemplate: z.null(),
  restoreDefaultTemplates: z.null(),
  saveSettings: z.object({ errors: z.record(z.string(), z.string()).nullable() }),
  syncReminders: z.null(),
  importLinkedInCsv: z.object({ report: ImportReportReply }),
} satisfies { [K in keyof typeof BackgroundRequests]: z.ZodType };

export type BackgroundResponses = { [K in keyof typeof BackgroundReplies]: z.output<(typeof BackgroundReplies)[K]> };

/**
 * Background worker → its offscreen document (Chrome only: entrypoints/offscreen-backup). Chrome's
 * service worker has no URL.createObjectURL and refuses data: URLs past 2 MB, so the weekly
 * backup file is built there and handed to downloads.download as a blob: URL of our origin.
 * The worker sends the settings: an offscreen document may use chrome.runtime only, not storage.
 * runtime.sendMessage reaches every extension page: the background's router and the pages ignore
 * these types (not in BackgroundRequests), the offscreen page ignores every other one.
 */
export const OffscreenRequests = {
  offscreenBackup: z.object({ now: z.number().int().min(0).max(8_640_000_000_000_000), settings: Settings }).strict(),
};

export const OffscreenReplies = {
  offscreenBackup: z.object({ url: z.string().startsWith('blob:').max(500), fileName: z.string().min(1).max(200) }),
} satisfies { [K in keyof typeof OffscreenRequests]: z.ZodType };

export type OffscreenResponses = { [K in keyof typeof OffscreenReplies]: z.output<(typeof OffscreenReplies)[K]> };
export type OffscreenRequest<K extends keyof typeof OffscreenRequests> = z.input<(typeof OffscreenRequests)[K]>;

/** The two maps share no type, so a message is only ever answered by the one it is meant for. */
const disjoint: Extract<keyof typeof OffscreenRequests, keyof typeof BackgroundRequests> extends never ? true : false = true;
void disjoint;

/** Background or popup → content script in a LinkedIn tab. */
export interface TabRequests {
  /** Read the profile shown in this tab and save it, with the same feedback as the button. */
  captureNow: Record<string, never>;
}
export interface TabResponses {
  captureNow: CaptureOutcome;
}

/** What a capture attempt ended as, for every surface that shows feedback. */
export type CaptureOutcome = ({ ok: true } & CapturedContact) | { ok: false; error: string };

export type BackgroundType = keyof typeof BackgroundRequests;
export type BackgroundRequest<K extends BackgroundType> = z.input<(typeof BackgroundRequests)[K]>;

/** Errors are values: the UI shows `error` as it is, so it must tell the user what to do. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export interface Envelope<K extends string = string, D = unknown> {
  type: K;
  data: D;
  requestId?: string;
}
