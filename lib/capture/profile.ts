import { z } from 'zod';
import { OrgUrl, PhotoUrl, ProfileUrl, Timestamp } from '@/lib/records/fields';
import { EXTRACTOR_VERSION_LIMIT, LIST_LIMITS, MEMBER_ID, TEXT_LIMITS as T } from './profile-limits';

/** One role. Several roles under one company become several entries that share `company`. */
export const Experience = z.object({
  title: z.string().optional(),
  company: z.string().optional(),
  companyUrl: OrgUrl.optional(),
  employmentType: z.string().optional(),
  start: z.string().optional(),
  /** "Present" for a current role. */
  end: z.string().optional(),
  duration: z.string().optional(),
  location: z.string().optional(),
  description: z.string().optional(),
});
export type Experience = z.infer<typeof Experience>;

export const Education = z.object({
  school: z.string().optional(),
  schoolUrl: OrgUrl.optional(),
  degree: z.string().optional(),
  field: z.string().optional(),
  startYear: z.string().optional(),
  endYear: z.string().optional(),
});
export type Education = z.infer<typeof Education>;

export const CaptureWarning = z.object({
  code: z.string().max(64),
  message: z.string().max(500),
});
export type CaptureWarning = z.infer<typeof CaptureWarning>;

/**
 * What a reader may report went wrong, by code only: the background words it (capture-result.ts),
 * so the sentences stay out of the injected reader. `<part>-unreadable`: that part of the reader
 * broke (readPart); `name-unconfirmed`: the page's title names someone else; `partial-capture`:
 * only the name was kept.
 */
export const ReadWarningCode = z.enum([
  'top-card-unreadable', 'about-unreadable', 'experience-unreadable', 'education-unreadable', 'identity-unreadable',
  'name-unconfirmed', 'partial-capture',
]);
export type ReadWarningCode = z.infer<typeof ReadWarningCode>;

/**
 * What a capture reads off the page the user is looking at. Every string is plain text
 * taken from LinkedIn: it is data, never markup and never a template.
 */
export const Profile = z.object({
  /** https://www.linkedin.com/in/<slug>/ — see canonicalProfileUrl. */
  profileUrl: ProfileUrl(),
  fullName: z.string().min(1).max(T.fullName),
  firstName: z.string().max(T.firstName).optional(),
  lastName: z.string().max(T.lastName).optional(),
  pronouns: z.string().max(T.pronouns).optional(),
  headline: z.string().max(T.headline).optional(),
  location: z.string().max(T.location).optional(),
  connectionDegree: z.string().max(T.connectionDegree).optional(),
  currentTitle: z.string().max(T.currentTitle).optional(),
  currentCompany: z.string().max(T.currentCompany).optional(),
  about: z.string().max(T.about).optional(),
  experience: z.array(Experience).max(LIST_LIMITS.experience).default([]),
  education: z.array(Education).max(LIST_LIMITS.education).default([]),
  photoUrl: PhotoUrl.optional(),
  /** LinkedIn's member id (ACoA…), from the card keys: "Open in LinkedIn" opens a message to it. */
  memberId: z.string().regex(MEMBER_ID).optional(),
  capturedAt: Timestamp,
  extractorVersion: z.string().max(EXTRACTOR_VERSION_LIMIT),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

/** How a lazily loaded card looked when the page was read. */
/** `cut`: read, but the page shows only the first entries (its "Show all" link says there are more). */
export const SectionState = z.enum(['read', 'cut', 'placeholder', 'absent']);
export type SectionState = z.infer<typeof SectionState>;

/** The one section a profile's "Show all" sub-page lists (/in/<slug>/details/experience/). */
export const ListedSection = z.enum(['experience', 'education']);
export type ListedSection = z.infer<typeof ListedSection>;

// Bounds on what the injected reader may hand back. Generous on purpose: the real limits are
// applied by buildProfile, which shortens or drops a value with a warning instead of losing the
// capture; these only keep a runaway page from flooding the worker.
const READ_TEXT = 200_000;
const READ_LIST = 2_000;
const READ_LINES = z.array(z.string().max(READ_TEXT)).max(READ_LIST);
const READ_DESCRIPTION = z.string().max(READ_TEXT).optional();

/**
 * Entries as the signed-in reader hands them over: each row's lines, in order, which the
 * background makes into fields (entry-lines.ts), so that parsing stays out of the injected reader.
 * A role on its own; several roles under one company header (`group`: the header's lines); a school.
 */
export const RoleLines = z.object({ lines: READ_LINES, companyUrl: OrgUrl.optional(), description: READ_DESCRIPTION }).strict();
export type RoleLines = z.infer<typeof RoleLines>;
export const GroupLines = z
  .object({
    group: READ_LINES,
    roles: z.array(z.object({ lines: READ_LINES, description: READ_DESCRIPTION }).strict()).max(READ_LIST),
    companyUrl: OrgUrl.optional(),
  })
  .strict();
export type GroupLines = z.infer<typeof GroupLines>;
export const SchoolLines = z.object({ lines: READ_LINES, schoolUrl: OrgUrl.optional() }).strict();
export type SchoolLines = z.infer<typeof SchoolLines>;

/**
 * What a layout reader found on the page, before names, the current job, the self-check and the
 * Profile limits are applied (those run in the background, which parses this at the boundary:
 * it comes off LinkedIn's page). Only the readers, in the injected script, build one.
 */
export const PageReading = z.object({
  layout: z.enum(['sdui-2026', 'ember-2024', 'public-2024']),
  /**
   * Slugs the page names as its own subject (top-card overlay links, JSON-LD url, canonical link).
   * After an in-page navigation these still name the previous person until LinkedIn re-renders.
   */
  ownSlugs: z.array(z.string().max(READ_TEXT)).max(READ_LIST),
  fullName: z.string().max(READ_TEXT).optional(),
  pronouns: z.string().max(READ_TEXT).optional(),
  headline: z.string().max(READ_TEXT).optional(),
  location: z.string().max(READ_TEXT).optional(),
  connectionDegree: z.string().max(READ_TEXT).optional(),
  /** The company shown in the top card (LinkedIn's pick of the current position). */
  topCompany: z.string().max(READ_TEXT).optional(),
  about: z.string().max(READ_TEXT).optional(),
  photoUrl: z.string().max(READ_TEXT).optional(),
  memberId: z.string().max(READ_TEXT).optional(),
  /** Lines from the signed-in reader, entries from the public one (which reads them by markup). */
  experience: z.array(z.union([GroupLines, RoleLines, Experience.strict()])).max(READ_LIST),
  education: z.array(z.union([SchoolLines, Education.strict()])).max(READ_LIST),
  experienceState: SectionState,
  educationState: SectionState,
  warnings: z.array(z.object({ code: ReadWarningCode }).strict()).max(READ_LIST),
});
export type PageReading = z.infer<typeof PageReading>;

/**
 * A PageReading as the background completes it (capture-result.ts): entry lines made entries,
 * warnings worded. What selfCheck and buildProfile take.
 */
export type WordedReading = Omit<PageReading, 'warnings' | 'experience' | 'education'> & {
  experience: Experience[];
  education: Education[];
  warnings: CaptureWarning[];
};

/** Pages that look like profiles but are not one we may store. */
export const NotAProfileReason = z.enum(['not-profile', 'not-found', 'blocked', 'login-wall', 'unreadable']);
export type NotAProfileReason = z.infer<typeof NotAProfileReason>;

export type CaptureResult =
  | { ok: true; profile: Profile; warnings: CaptureWarning[] }
  | { ok: false; reason: NotAProfileReason; message: string };
