import { Profile, type CaptureWarning } from '@/lib/capture/profile';
import { Contact } from './contact';

export interface MergeContext {
  now: number;
  newId: () => string;
}

export interface MergeResult {
  contact: Contact;
  created: boolean;
  jobChanged: boolean;
}

// Only what a capture describes: the user's own fields (stage, tags, notes, source, who
// referred them) are never in this list, so a re-save cannot touch them.
const CAPTURED_FIELDS = Object.keys(Profile.shape) as (keyof Profile)[];

/**
 * Folds a fresh capture into the stored contact. A capture is often partial (LinkedIn loads
 * cards lazily, private profiles hide sections), so what it lacks never erases what was saved.
 */
export function mergeCapture(
  existing: Contact | undefined,
  capture: { profile: Profile; warnings: CaptureWarning[] },
  ctx: MergeContext,
): MergeResult {
  const { profile, warnings } = capture;
  if (!existing) {
    const contact = Contact.parse({
      ...pickCaptured(profile),
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      stage: 'identified',
      tags: [],
      notes: '',
      captureWarnings: warnings,
    });
    return { contact, created: true, jobChanged: false };
  }

  const merged: Record<string, unknown> = { ...existing };
  // What the user corrected by hand wins over any later capture, even a field they cleared.
  const edited = new Set<string>(existing.editedFields ?? []);
  for (const field of CAPTURED_FIELDS) {
    const value = profile[field];
    if (hasValue(value) && !edited.has(field)) merged[field] = value;
  }

  // Compared with what will be stored, so a company the user corrected is not a job change.
  const change =
    differs(existing.currentCompany, merged.currentCompany as string | undefined) ||
    differs(existing.currentTitle, merged.currentTitle as string | undefined);
  if (change) {
    merged.jobChange = withoutUndefined({
      at: ctx.now,
      fromTitle: existing.currentTitle,
      fromCompany: existing.currentCompany,
      toTitle: merged.currentTitle,
      toCompany: merged.currentCompany,
    });
  }
  merged.captureWarnings = warnings;
  merged.updatedAt = ctx.now;
  return { contact: Contact.parse(merged), created: false, jobChanged: change };
}

function pickCaptured(profile: Profile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of CAPTURED_FIELDS) out[field] = profile[field];
  return withoutUndefined(out);
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Both sides known and not the same job: "Acme " and "acme" are the same company. */
function differs(before: string | undefined, after: string | undefined): boolean {
  const a = normalise(before);
  const b = normalise(after);
  return a !== '' && b !== '' && a !== b;
}

function normalise(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}
