import Dexie, { type Table } from 'dexie';
import type { Contact } from '@/lib/contacts/contact';
import { STAGES, type Stage } from '@/lib/contacts/stage';
import type { CoffeeChatDB } from '@/lib/db/database';
import { matchesTerms, normalise, queryTerms } from './search';
import type { ReminderLike } from './reminders';
import type { MeetingLike } from './progress';

/**
 * The workspace's reads. Each page asks for only what it shows; tables other parts of the
 * product add later (reminders, meetings) are looked up by name until the schema has them.
 */
export function hasTable(db: CoffeeChatDB, name: string): boolean {
  return db.tables.some((t) => t.name === name);
}

function optionalTable<T>(db: CoffeeChatDB, name: string): Table<T> | undefined {
  return hasTable(db, name) ? (db.table(name) as Table<T>) : undefined;
}

/** Open reminders only; closed ones never affect the list. */
export async function loadOpenReminders(db: CoffeeChatDB): Promise<ReminderLike[]> {
  const table = optionalTable<ReminderLike>(db, 'reminders');
  if (!table) return [];
  if (table.schema.indexes.some((i) => i.name === 'status')) return table.where('status').anyOf('pending', 'snoozed').toArray();
  return table.filter((r) => r.status === 'pending' || r.status === 'snoozed').toArray();
}

/** Meetings starting at or after `since` (all of them without it). */
export async function loadMeetings(db: CoffeeChatDB, since?: number): Promise<MeetingLike[]> {
  const table = optionalTable<MeetingLike>(db, 'meetings');
  if (!table) return [];
  if (since === undefined) return table.toArray();
  if (table.schema.indexes.some((i) => i.name === 'start')) return table.where('start').aboveOrEqual(since).toArray();
  return table.filter((m) => m.start >= since).toArray();
}

/** The most recently updated contacts: what the list shows while the rest load. */
export function loadRecentContacts(db: CoffeeChatDB, limit: number): Promise<Contact[]> {
  return db.contacts.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export function loadAllContacts(db: CoffeeChatDB): Promise<Contact[]> {
  return db.contacts.toArray();
}

export interface ContactOption {
  id: string;
  fullName: string;
  detail?: string;
}

export function toOption(c: Contact): ContactOption {
  const detail = [c.currentTitle, c.currentCompany].filter(Boolean).join(' at ') || c.headline;
  return { id: c.id, fullName: c.fullName, detail };
}

/** Contacts whose name or company matches, for the "Referred by" picker. */
export async function findContactOptions(
  db: CoffeeChatDB,
  query: string,
  excludeId?: string,
  limit = 8,
): Promise<ContactOption[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const found = await db.contacts
    .orderBy('fullName')
    .filter((c) => c.id !== excludeId && matchesTerms(normalise(`${c.fullName}\n${c.currentCompany ?? ''}`), terms))
    .limit(limit)
    .toArray();
  return found.map(toOption);
}

/** Schema v2 indexes referredById; older schemas (and test databases) fall back to a scan. */
function hasReferredByIndex(db: CoffeeChatDB): boolean {
  return db.contacts.schema.indexes.some((i) => i.name === 'referredById');
}

/** People this contact referred the user to. */
export function loadReferees(db: CoffeeChatDB, id: string): Promise<Contact[]> {
  if (hasReferredByIndex(db)) return db.contacts.where('referredById').equals(id).toArray();
  return db.contacts.filter((c) => c.referredById === id).toArray();
}

/** Everyone in a referral: the referred, and the people who referred them. */
export async function loadReferralContacts(db: CoffeeChatDB): Promise<Contact[]> {
  // Strings above '' are the non-empty ones; contacts without a referrer are not in the index.
  const referred = hasReferredByIndex(db)
    ? await db.contacts.where('referredById').above('').toArray()
    : await db.contacts.filter((c) => !!c.referredById).toArray();
  const have = new Set(referred.map((c) => c.id));
  const missing = [...new Set(referred.map((c) => c.referredById!))].filter((id) => !have.has(id));
  const referrers = (await db.contacts.bulkGet(missing)).filter((c): c is Contact => c !== undefined);
  return [...referred, ...referrers];
}

/** How many contacts are in each stage, counted on the index without reading a record. */
export async function countByStage(db: CoffeeChatDB): Promise<Record<Stage, number>> {
  const counts = await Promise.all(STAGES.map((s) => db.contacts.where('stage').equals(s).count()));
  return Object.fromEntries(STAGES.map((s, i) => [s, counts[i] ?? 0])) as Record<Stage, number>;
}

export interface BoardData {
  cards: Contact[];
  totals: Record<Stage, number>;
}

/**
 * Up to `limits[stage]` cards per column (Infinity for all), most recently updated first when the schema has a
 * [stage+updatedAt] index (otherwise in key order), plus each column's true size. A board of
 * 10,000 cards would take seconds to read and to lay out.
 */
export async function loadBoard(db: CoffeeChatDB, limits: Partial<Record<Stage, number>>, perColumn: number): Promise<BoardData> {
  const compound = db.contacts.schema.indexes.some((i) => i.name === '[stage+updatedAt]');
  const [totals, columns] = await Promise.all([
    countByStage(db),
    Promise.all(
      STAGES.map((s) => {
        const n = limits[s] ?? perColumn;
        const column = compound
          ? db.contacts.where('[stage+updatedAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).reverse()
          : db.contacts.where('stage').equals(s);
        // IndexedDB's getAll takes a 32-bit count: "all" must mean no limit, not a huge one.
        return Number.isFinite(n) ? column.limit(n).toArray() : column.toArray();
      }),
    ),
  ]);
  return { cards: columns.flat(), totals };
}
