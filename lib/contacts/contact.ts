import { z } from 'zod';
import { Timestamp } from '@/lib/records/fields';
import { Profile } from '@/lib/capture/profile';
import { Stage } from './stage';

/** A job change noticed when a contact was re-saved ("changed jobs since you saved them"). */
export const JobChange = z.object({
  at: Timestamp,
  fromTitle: z.string().optional(),
  fromCompany: z.string().optional(),
  toTitle: z.string().optional(),
  toCompany: z.string().optional(),
});
export type JobChange = z.infer<typeof JobChange>;

/** Captured fields the user can correct by hand (the contact form, the review card on LinkedIn). */
export const EDITABLE_CAPTURED_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'headline',
  'location',
  'currentTitle',
  'currentCompany',
  'about',
] as const;
export type EditableCapturedField = (typeof EDITABLE_CAPTURED_FIELDS)[number];

/** Sizes of what the user types into a contact; the editors count against these. */
export const CONTACT_LIMITS = {
  notes: 100_000,
  tag: 60,
  tags: 50,
  email: 320,
  source: 500,
} as const;

/** The stored contact: the latest capture plus everything the user adds. */
export const Contact = Profile.extend({
  id: z.string().min(1),
  // People added by hand (a name given in an interview, an import without a link) have no
  // LinkedIn page yet, so the capture-only fields are optional here.
  profileUrl: Profile.shape.profileUrl.optional(),
  capturedAt: Profile.shape.capturedAt.optional(),
  extractorVersion: Profile.shape.extractorVersion.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  stage: Stage.default('identified'),
  tags: z.array(z.string().max(CONTACT_LIMITS.tag)).max(CONTACT_LIMITS.tags).default([]),
  notes: z.string().max(CONTACT_LIMITS.notes).default(''),
  /** For "Open in email": LinkedIn rarely shows it, so it comes from the user or Connections.csv. */
  email: z.email().max(CONTACT_LIMITS.email).optional(),
  /** How the user found this person: "X suggested I contact you", "fellow alumnus of Y". */
  source: z.string().max(CONTACT_LIMITS.source).optional(),
  referredById: z.string().optional(),
  /**
   * false when the referrer did not (yet) say their name may be mentioned ("may I mention your
   * name?" in the interview log): drafts then leave them out.
   */
  referrerNamed: z.boolean().optional(),
  /** Warnings from the latest capture, shown until a fuller capture clears them. */
  captureWarnings: z.array(z.object({ code: z.string(), message: z.string() })).default([]),
  jobChange: JobChange.optional(),
  /**
   * Captured fields the user corrected by hand: a later capture never overwrites them (the
   * reader got them wrong once; the user's word wins). Absent until the first correction.
   */
  editedFields: z.array(z.enum(EDITABLE_CAPTURED_FIELDS)).max(EDITABLE_CAPTURED_FIELDS.length).optional(),
});
export type Contact = z.infer<typeof Contact>;
