import Dexie from 'dexie';
import type { Contact } from '@/lib/contacts/contact';
import { STAGES, type Stage } from '@/lib/contacts/stage';
import type { CoffeeChatDB } from '@/lib/db/database';
import { matchesTerms, normalise, queryTerms } from './search';
import type { ReminderLike } from './reminders';
import type { MeetingLike } from './progress';

/** The workspace's reads. Each page asks for only what it shows, on the indexes the schema declares. */

/** Open reminders only; closed ones never affect the list. */
export function loadOpenReminders(db: CoffeeChatDB): Promise<ReminderLike[]> {
  return db.reminders.where('status').anyOf('pending', 'snoozed').toArray();
}

/** Meetings starting at or after `since` (all of them without it). */
export function loadMeetings(db: CoffeeChatDB, since?: number): Promise<MeetingLike[]> {
  if (since === undefined) return db.meetings.toArray();
  return db.meetings.where('start').aboveOrEqual(since).toArray();
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

/** People this contact referred the user to. */
export function loadReferees(db: CoffeeChatDB, id: string): Promise<Contact[]> {
  return db.contacts.where('referredById').equals(id).toArray();
}

/** Everyone in a referral: the referred, and the people who referred them. */
export async function loadReferralContacts(db: CoffeeChatDB): Promise<Contact[]> {
  // Strings above '' are the non-empty ones; contacts without a referrer are not in the index.
  const referred = await db.contacts.where('referredById').above('').toArray();
  const have = new Set(referred.map((c) => c.id));
  const missing = [...new Set(referred.map((c) => c.referredById!))].filter((id) => !have.has(id));
  const referrers = (await db.contacts.bulkGet(missing)).filter((c): c is Contact => c !== undefined);
  return [...referred, ...referrers];
}

/** How many contacts are in each stage, counted on the index without reading a record. */
export async function countByStage(db: CoffeeChatDB): Promise<Record<Stage, number>> {
  const counts = await Promise.all(
    STAGES.map((s) => db.contacts.where('[stage+updatedAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).count()),
  );
  return Object.fromEntries(STAGES.map((s, i) => [s, counts[i] ?? 0])) as Record<Stage, number>;
}

export interface BoardData {
  cards: Contact[];
  totals: Record<Stage, number>;
}

/**
 * Up to `limits[stage]` cards per column (Infinity for all), most recently updated first (on the
 * [stage+updatedAt] index), plus each column's true size. A board of
 * 10,000 cards would take seconds to read and to lay out.
 */
export async function loadBoard(db: CoffeeChatDB, limits: Partial<Record<Stage, number>>, perColumn: number): Promise<BoardData> {
  const [totals, columns] = await Promise.all([
    countByStage(db),
    Promise.all(
      STAGES.map((s) => {
        const n = limits[s] ?? perColumn;
        const column = db.contacts.where('[stage+updatedAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).reverse();
        // IndexedDB's getAll takes a 32-bit count: "all" must mean no limit, not a huge one.
        return Number.isFinite(n) ? column.limit(n).toArray() : column.toArray();
      }),
    ),
  ]);
  return { cards: columns.flat(), totals };
}
