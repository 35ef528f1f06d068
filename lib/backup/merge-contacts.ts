import type { Contact } from '@/lib/contacts/contact';

/**
 * Which side's fields win when two records describe one person:
 * - 'newer': the record with the later updatedAt (restoring a backup onto another browser);
 * - 'existing': what is stored wins and the import only fills gaps (a LinkedIn connections
 *   export knows a name and a job, never the user's notes, source or stage, and its rows have
 *   no meaningful updatedAt).
 */
export type MergePrecedence = 'newer' | 'existing';

/** Fields with their own rule below; every other field goes to the winning side if it has a value. */
const SPECIAL = new Set(['id', 'profileUrl', 'createdAt', 'updatedAt', 'notes', 'tags', 'stage', 'captureWarnings']);

const NOTES_SEPARATOR = '\n\n';

export function mergeContactRecords(existing: Contact, incoming: Contact, now: number, precedence: MergePrecedence): Contact {
  const incomingWins = precedence === 'newer' && incoming.updatedAt > existing.updatedAt;
  const [winner, loser] = incomingWins ? [incoming, existing] : [existing, incoming];

  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(existing), ...Object.keys(incoming)]);
  for (const key of keys) {
    if (SPECIAL.has(key)) continue;
    const won = (winner as Record<string, unknown>)[key];
    const lost = (loser as Record<string, unknown>)[key];
    const value = isEmpty(won) ? lost : won;
    if (value !== undefined) merged[key] = value;
  }

  return {
    ...(merged as Partial<Contact>),
    id: existing.id,
    profileUrl: existing.profileUrl ?? incoming.profileUrl,
    fullName: (merged.fullName as string | undefined) ?? existing.fullName,
    createdAt: Math.min(existing.createdAt, incoming.createdAt),
    updatedAt: Math.max(now, existing.updatedAt, incoming.updatedAt),
    stage: winner.stage,
    tags: unionTags(existing.tags, incoming.tags),
    notes: combineNotes(loser.notes, winner.notes),
    // Warnings describe one capture: they go with whichever side was captured last, even when empty.
    captureWarnings: latestCapture(existing, incoming).captureWarnings,
    experience: (merged.experience as Contact['experience'] | undefined) ?? [],
    education: (merged.education as Contact['education'] | undefined) ?? [],
  };
}

function latestCapture(existing: Contact, incoming: Contact): Contact {
  return (incoming.capturedAt ?? -1) > (existing.capturedAt ?? -1) ? incoming : existing;
}

/**
 * A capture made before LinkedIn lazy-loads Experience comes back with empty lists, and a
 * cleared optional field is '' in some forms: neither should erase what the other side knows.
 */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Both texts, older first. When one already contains the other (a backup restored over its own continuation), the longer alone. */
function combineNotes(older: string, newer: string): string {
  const a = older.trim();
  const b = newer.trim();
  if (!a) return newer;
  if (!b) return older;
  if (a.includes(b)) return older;
  if (b.includes(a)) return newer;
  return `${older.trimEnd()}${NOTES_SEPARATOR}${newer.trimStart()}`;
}

/** Stored order first; "UX" and "ux" are one tag, spelled as first seen. */
function unionTags(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of [...first, ...second]) {
    const key = tag.trim().toLocaleLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
