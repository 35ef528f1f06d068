import { z } from 'zod';
import { CaptureWarning, NotAProfileReason, Profile } from '@/lib/capture/profile';
import { Stage } from '@/lib/contacts/stage';
import { Interview } from '@/lib/interviews/interview';
import type { ImportReport } from '@/lib/backup/import-report';

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
 * What the reader (entrypoints/profile-reader.ts, injected with scripting.executeScript)
 * returns: the background parses it like any message, since it was read off LinkedIn's page.
 */
export const ReaderResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: Profile, warnings: z.array(CaptureWarning).max(20) }),
  z.object({ ok: z.literal(false), reason: NotAProfileReason, message: text(500) }),
]);

export const BackgroundRequests = {
  /** Content script → background: store a capture (upsert by canonical URL). */
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
  deleteAllData: z.object({ confirmation: z.literal('DELETE', { error: 'Type DELETE to confirm' }) }),
  markSent: z.object({
    contactId: id,
    templateId: id.optional(),
    kind: text(40),
    channel: text(40),
    subject: text(300).optional(),
    text: text(20_000).min(1, 'The draft is empty'),
  }),
  logReply: z.object({ contactId: id }),
  saveMeeting: z.object({ contactId: id, input: z.unknown() }),
  cancelMeeting: z.object({ meetingId: id }),
  saveInterview: z.object({ interview: Interview }),
  reminderAction: z.object({
    reminderId: id,
    action: z.enum(['done', 'dismiss', 'snooze']),
    days: z.number().int().min(1).max(30).optional(),
  }),
  saveTemplate: z.object({ template: z.unknown() }),
  deleteTemplate: z.object({ id }),
  restoreDefaultTemplates: z.object({}),
  saveSettings: z.object({ settings: z.unknown() }),
  exportBackup: z.object({}),
  importBackup: z.object({ text: text(50_000_000) }),
  importLinkedInCsv: z.object({ text: text(20_000_000) }),
};

/** The only requests a content script (running inside linkedin.com) may make. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlyArray<keyof typeof BackgroundRequests> = ['captureTab', 'editCapture'];

export type { ImportReport } from '@/lib/backup/import-report';

export interface BackgroundResponses {
  saveCapture: { status: 'created' | 'updated'; contactId: string; fullName: string; jobChanged: boolean };
  captureTab: CapturedContact;
  editCapture: { review: ContactReview };
  updateContact: null;
  setStage: null;
  addContact: { id: string };
  deleteContact: { undoToken: string };
  restoreContact: null;
  deleteAllData: null;
  markSent: { outreachId: string };
  logReply: null;
  saveMeeting: { meetingId: string };
  cancelMeeting: null;
  saveInterview: { createdContactIds: string[] };
  reminderAction: null;
  saveTemplate: { id: string };
  deleteTemplate: null;
  restoreDefaultTemplates: null;
  saveSettings: { errors: Record<string, string> | null };
  exportBackup: { fileName: string; text: string };
  importBackup: { report: ImportReport };
  importLinkedInCsv: { report: ImportReport };
}

/** Background or popup → content script in a LinkedIn tab. */
export interface TabRequests {
  /** Read the profile shown in this tab and save it, with the same feedback as the button. */
  captureNow: Record<string, never>;
}
export interface TabResponses {
  captureNow: CaptureOutcome;
}

/** What was stored, as the review card on LinkedIn shows it. */
export interface ContactReview {
  fullName: string;
  headline?: string;
  currentTitle?: string;
  currentCompany?: string;
  location?: string;
  experienceCount: number;
  educationCount: number;
  /** Fields the user corrected by hand: later captures keep them. */
  editedFields: string[];
}

export interface CapturedContact {
  status: 'created' | 'updated';
  contactId: string;
  fullName: string;
  warnings: CaptureWarning[];
  jobChanged: boolean;
  review: ContactReview;
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
}
