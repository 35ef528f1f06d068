import { canonicalProfileUrl } from '@/lib/capture/profile-url';
import { Contact } from '@/lib/contacts/contact';
import { friendlyIssue, issueText } from './issue-text';
import { sortKeysDeep } from './json-text';
import { type MergePrecedence, mergeContactRecords } from './merge-contacts';

export interface ContactImportPlan {
  /** New contacts, with their final ids. */
  add: Contact[];
  /** Existing contacts the import changes (merges that change nothing are left out). */
  merge: Array<{ existing: Contact; merged: Contact }>;
  rejected: Array<{ index: number; id?: string; reason: string }>;
  /**
   * Incoming contact id → the id it has after the import. Rows of other tables that point at an
   * incoming contact (events, meetings, reminders, interviews…) must be re-pointed through it.
   */
  idMap: Record<string, string>;
  report: { added: number; merged: number; unchanged: number; rejected: number };
}

export interface PlanOptions {
  precedence?: MergePrecedence;
  /** Ids for incoming contacts whose own id is already taken by someone else. */
  newId?: () => string;
  /**
   * The incoming rows are Contact's own output already (a backup's rows, parsed by parseBackup):
   * parsing 50,000 contacts a second time cost seconds and could not refuse anything new.
   */
  parsed?: boolean;
}

type Target = { kind: 'merge'; into: Contact } | { kind: 'add'; id: string };

/**
 * Decides what an import does without touching the database. One person is one record: an
 * incoming contact merges into the stored one with the same canonical profile URL, or failing
 * that the same id (a hand-added contact restored from a backup); otherwise it is added, keeping
 * its id so the backup's other rows still point at it.
 */
export function planContactImport(
  existing: readonly Contact[],
  incoming: readonly Contact[],
  now: number,
  options: PlanOptions = {},
): ContactImportPlan {
  const precedence = options.precedence ?? 'newer';
  const newId = options.newId ?? (() => crypto.randomUUID());
  const byUrl = new Map<string, Contact>();
  const byId = new Map<string, Contact>();
  for (const contact of existing) {
    byId.set(contact.id, contact);
    const key = urlKey(contact.profileUrl);
    if (key) byUrl.set(key, contact);
  }
  const takenIds = new Set(byId.keys());
  const claimed = new Map<string, number>(); // existing id → incoming index merging into it
  const seenUrls = new Map<string, number>();
  const seenIds = new Set<string>();

  const plan: ContactImportPlan = {
    add: [],
    merge: [],
    rejected: [],
    idMap: {},
    report: { added: 0, merged: 0, unchanged: 0, rejected: 0 },
  };
  const decided: Array<{ index: number; contact: Contact; target: Target }> = [];

  // Pass 1: where every incoming contact goes. Ids must all be known before pass 2 re-points
  // referredById, which may name a contact later in the list.
  incoming.forEach((raw, index) => {
    const parsed = options.parsed ? { success: true as const, data: raw } : Contact.safeParse(raw, { error: friendlyIssue });
    const rawId = typeof raw?.id === 'string' ? raw.id : undefined;
    if (!parsed.success) {
      plan.rejected.push({ index, id: rawId, reason: parsed.error.issues[0] ? issueText(parsed.error.issues[0]) : 'not valid' });
      return;
    }
    const contact = parsed.data;
    if (seenIds.has(contact.id)) {
      plan.rejected.push({ index, id: contact.id, reason: `id ${JSON.stringify(contact.id)} appears twice in this import` });
      return;
    }
    seenIds.add(contact.id);

    // A parsed row's link is the schema's canonical form already: parsing it again as a URL
    // (50,000 times in a large restore) would give back the same string.
    const key = options.parsed ? contact.profileUrl || undefined : urlKey(contact.profileUrl);
    const twin = key === undefined ? undefined : seenUrls.get(key);
    if (twin !== undefined) {
      plan.rejected.push({ index, id: contact.id, reason: `same LinkedIn profile as record ${twin}` });
      const twinId = plan.idMap[incoming[twin]?.id ?? ''];
      if (twinId) plan.idMap[contact.id] = twinId;
      return;
    }
    if (key) seenUrls.set(key, index);

    const into = findExisting(contact, key, byUrl, byId);
    if (into) {
      const other = claimed.get(into.id);
      if (other !== undefined) {
        plan.rejected.push({ index, id: contact.id, reason: `same person as record ${other}` });
        plan.idMap[contact.id] = into.id;
        return;
      }
      claimed.set(into.id, index);
      plan.idMap[contact.id] = into.id;
      decided.push({ index, contact, target: { kind: 'merge', into } });
      return;
    }
    // Ids are UUIDs, so a clash means another person with a borrowed id: give this one a new id.
    const id = takenIds.has(contact.id) ? freshId(newId, takenIds) : contact.id;
    takenIds.add(id);
    plan.idMap[contact.id] = id;
    decided.push({ index, contact, target: { kind: 'add', id } });
  });

  // Pass 2: build the records.
  for (const { index, contact, target } of decided) {
    const finalId = target.kind === 'add' ? target.id : target.into.id;
    const pointed = { ...contact, id: finalId, referredById: repoint(contact.referredById, plan.idMap, finalId) };
    if (target.kind === 'add') {
      plan.add.push(withoutUndefined(pointed));
      continue;
    }
    const merged = Contact.safeParse(mergeContactRecords(target.into, pointed, now, precedence), { error: friendlyIssue });
    if (!merged.success) {
      const reason = merged.error.issues[0] ? issueText(merged.error.issues[0]) : 'not valid';
      plan.rejected.push({ index, id: contact.id, reason: `merging it into the saved contact: ${reason}` });
      continue;
    }
    if (sameContent(merged.data, target.into)) plan.report.unchanged += 1;
    else plan.merge.push({ existing: target.into, merged: merged.data });
  }

  plan.rejected.sort((a, b) => a.index - b.index);
  plan.report.added = plan.add.length;
  plan.report.merged = plan.merge.length;
  plan.report.rejected = plan.rejected.length;
  return plan;
}

function findExisting(
  contact: Contact,
  key: string | undefined,
  byUrl: Map<string, Contact>,
  byId: Map<string, Contact>,
): Contact | undefined {
  if (key) {
    const match = byUrl.get(key);
    if (match) return match;
  }
  const sameId = byId.get(contact.id);
  // Same id but two different profile URLs are two people; same id with a URL on one side only
  // is one person saved by hand and later linked to LinkedIn.
  if (sameId && (key === undefined || sameId.profileUrl === undefined || urlKey(sameId.profileUrl) === key)) return sameId;
  return undefined;
}

/** One person, one key: the canonical profile URL (the schemas already store that form). */
function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return canonicalProfileUrl(url) ?? url;
}

/** referredById names an incoming contact: follow it to its final id; a self-reference after a merge is dropped. */
function repoint(id: string | undefined, idMap: Record<string, string>, self: string): string | undefined {
  if (id === undefined) return undefined;
  const final = Object.hasOwn(idMap, id) ? idMap[id] : id;
  return final === self ? undefined : final;
}

function freshId(newId: () => string, taken: Set<string>): string {
  let id = newId();
  while (taken.has(id)) id = newId();
  return id;
}

/** Equal apart from updatedAt, which a merge always bumps. */
function sameContent(a: Contact, b: Contact): boolean {
  const strip = (c: Contact) => JSON.stringify(sortKeysDeep({ ...withoutUndefined(c), updatedAt: 0 }));
  return strip(a) === strip(b);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
