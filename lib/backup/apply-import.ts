import type Dexie from 'dexie';
import type { Contact } from '@/lib/contacts/contact';
import type { ContactImportPlan } from './import-plan';
import { contactsTable } from './tables';

/** Rows of another table that come with the import, and which of their fields hold contact ids. */
export interface RelatedRows {
  table: string;
  rows: readonly unknown[];
  contactIdFields: readonly string[];
}

export interface ApplyReport {
  contactsAdded: number;
  contactsMerged: number;
  /** Per table: rows written; rows left alone because the stored copy is newer; rows dropped because their contact was rejected. */
  related: Record<string, { written: number; keptNewer: number; skipped: number }>;
}

export type ApplyResult = { ok: true; report: ApplyReport } | { ok: false; error: string };

/** Thrown inside the transaction to roll it back with a sentence for the user. */
class ImportConflict extends Error {}

/**
 * Writes a plan in one read-write transaction over every table involved: if any write fails
 * (a unique index, a bad key, a contact edited since the plan was made), IndexedDB rolls all of
 * them back and the database is exactly as before.
 */
export async function applyImport(
  db: Dexie,
  plan: ContactImportPlan,
  related: readonly RelatedRows[] = [],
  contactsTableName: string = contactsTable.name,
): Promise<ApplyResult> {
  const tableNames = [...new Set([contactsTableName, ...related.map((r) => r.table)])];
  const rejectedIds = new Set(plan.rejected.flatMap((r) => (r.id !== undefined && !Object.hasOwn(plan.idMap, r.id) ? [r.id] : [])));
  try {
    const report = await db.transaction('rw', tableNames, async () => {
      const contacts = db.table<Contact, string>(contactsTableName);
      await assertUnchanged(contacts, plan);
      await contacts.bulkAdd(plan.add);
      await contacts.bulkPut(plan.merge.map((m) => m.merged));
      const out: ApplyReport = { contactsAdded: plan.add.length, contactsMerged: plan.merge.length, related: {} };
      for (const group of related) {
        out.related[group.table] = await writeRelated(db, group, plan.idMap, rejectedIds);
      }
      return out;
    });
    return { ok: true, report };
  } catch (error) {
    const why = error instanceof ImportConflict ? error.message : describeDexieError(error);
    return { ok: false, error: `Nothing was imported: ${why}` };
  }
}

/** The plan was made from a snapshot; a contact edited since then would be overwritten with stale data. */
async function assertUnchanged(contacts: Dexie.Table<Contact, string>, plan: ContactImportPlan): Promise<void> {
  const current = await contacts.bulkGet(plan.merge.map((m) => m.existing.id));
  plan.merge.forEach((m, i) => {
    if (current[i]?.updatedAt !== m.existing.updatedAt) {
      throw new ImportConflict(`${m.existing.fullName} changed while the import was being prepared. Try the import again.`);
    }
  });
}

async function writeRelated(
  db: Dexie,
  group: RelatedRows,
  idMap: Record<string, string>,
  rejectedIds: Set<string>,
): Promise<{ written: number; keptNewer: number; skipped: number }> {
  const table = db.table<Record<string, unknown>, unknown>(group.table);
  const keyPath = table.schema.primKey.keyPath;
  let skipped = 0;
  const rows: Record<string, unknown>[] = [];
  for (const row of group.rows) {
    const pointed = repointRow(row as Record<string, unknown>, group.contactIdFields, idMap);
    if (group.contactIdFields.some((field) => pointsAt(pointed[field], rejectedIds))) skipped += 1;
    else rows.push(pointed);
  }

  // Same row in both places (same primary key): the copy edited last wins, like contacts.
  // Rows with no updatedAt (events, meetings, reminders, outreach) change state in place — a
  // meeting cancelled, a reminder done — so an older backup must never put them back: the
  // stored copy wins.
  let keptNewer = 0;
  let toWrite = rows;
  if (typeof keyPath === 'string' && rows.length > 0) {
    const stored = await table.bulkGet(rows.map((row) => row[keyPath]));
    toWrite = rows.filter((row, i) => {
      const existing = stored[i];
      if (!existing) return true;
      const mine = existing.updatedAt;
      const keep =
        typeof mine === 'number' && typeof row.updatedAt === 'number' ? mine > row.updatedAt : true;
      if (keep) keptNewer += 1;
      return !keep;
    });
  }
  await table.bulkPut(toWrite);
  return { written: toWrite.length, keptNewer, skipped };
}

/** A copy of the row with every contact id (a string or a list of them) followed through idMap. */
export function repointRow(
  row: Record<string, unknown>,
  contactIdFields: readonly string[],
  idMap: Record<string, string>,
): Record<string, unknown> {
  const follow = (id: unknown) => (typeof id === 'string' && Object.hasOwn(idMap, id) ? idMap[id] : id);
  const out = { ...row };
  for (const field of contactIdFields) {
    if (!Object.hasOwn(out, field)) continue;
    const value = out[field];
    out[field] = Array.isArray(value) ? value.map(follow) : follow(value);
  }
  return out;
}

function pointsAt(value: unknown, ids: Set<string>): boolean {
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && ids.has(v));
  return typeof value === 'string' && ids.has(value);
}

function describeDexieError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ConstraintError' || name === 'BulkError') {
    return 'a record clashes with one already saved (the same id or LinkedIn profile). Your data is unchanged.';
  }
  // Dexie appends the inner error on a second line; the first says it already.
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/\.$/, '');
  return `the database refused a record (${message}). Your data is unchanged.`;
}
