import type { Contact } from '@/lib/contacts/contact';
import type { Meeting } from '@/lib/meetings/meeting';
import type { DeriveResult } from '@/lib/reminders/reconcile';
import type { Reminder } from '@/lib/reminders/reminder';
import { deriveReminders } from '@/lib/reminders/rules';
import type { ReminderSettings } from '@/lib/reminders/settings';
import type { TimelineEvent } from '@/lib/timeline/event';
import type { CoffeeChatDB } from './database';
import { groupBy } from './group-by';

export interface DeriveOptions {
  settings: ReminderSettings;
  now: number;
  /** Injected by tests so reminder ids are predictable; production uses random UUIDs. */
  newId?: () => string;
}

/** The tables re-deriving reads and writes: a command's transaction must include them. */
export const deriveTables = (db: CoffeeChatDB) => [db.contacts, db.events, db.meetings, db.reminders, db.meta];

/** The settings' identity for DerivedFrom: every field, in a fixed order, so equal settings give equal keys. */
export function settingsKey(settings: ReminderSettings): string {
  return JSON.stringify(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Re-derives the contacts a write touched, or every contact when the stored reminders were
 * derived from other settings than `options.settings` (or `affected` is 'all'). Settings are
 * stored in storage.local before the reminders move to them, in a separate step: if the worker
 * stopped in between, this is where the next command or wake catches up, in its own
 * transaction. Checking costs one read by primary key.
 */
export async function rederive(
  db: CoffeeChatDB,
  affected: readonly string[] | 'all',
  options: DeriveOptions,
  storedContacts?: readonly Contact[],
): Promise<DeriveResult> {
  return db.transaction('rw', deriveTables(db), async () => {
    const marker = await db.meta.get('derived-from');
    if (affected === 'all' || marker?.settingsKey !== settingsKey(options.settings)) return rederiveAll(db, options, storedContacts);
    return rederiveContacts(db, affected, options);
  });
}

/**
 * THE one place derived reminders are written: new ones added, changed timings put back,
 * retired ones closed. Everything that re-derives (a command, a wake, an import, the tests)
 * ends here, so a change to how results are applied cannot diverge between them.
 */
export async function applyDerived(db: CoffeeChatDB, { create, update, retire }: DeriveResult): Promise<void> {
  if (create.length) await db.reminders.bulkAdd(create);
  if (update.length) await db.reminders.bulkPut(update);
  if (retire.length) {
    await db.reminders.bulkUpdate(retire.map((r) => ({ key: r.id, changes: { status: r.status, closedAt: r.closedAt } })));
  }
}

/**
 * Re-derives the given contacts' reminders from what is stored, in one transaction with
 * whatever the caller is writing (Dexie joins the caller's transaction when it covers
 * `deriveTables`). Rules are pure and idempotent (source keys), so calling this after any
 * change, from any tab, never doubles a reminder. A deleted contact loses its reminders.
 */
export async function rederiveContacts(db: CoffeeChatDB, contactIds: Iterable<string>, options: DeriveOptions): Promise<DeriveResult> {
  const ids = [...new Set(contactIds)];
  return db.transaction('rw', deriveTables(db), async () => {
    if (ids.length === 0) return { create: [], update: [], retire: [] };
    const [contacts, events, meetings, reminders] = await Promise.all([
      db.contacts.bulkGet(ids),
      db.events.where('contactId').anyOf(ids).toArray(),
      db.meetings.where('contactId').anyOf(ids).toArray(),
      db.reminders.where('contactId').anyOf(ids).toArray(),
    ]);
    const gone = ids.filter((_, i) => contacts[i] === undefined);
    if (gone.length) await db.reminders.where('contactId').anyOf(gone).delete();
    const present = contacts.filter((c): c is Contact => c !== undefined);
    return deriveAndApply(db, present, events, meetings, reminders, options);
  });
}

/**
 * Every contact at once: after new timings, an import, or when the worker finds alarms and
 * reminders disagree. One read and one write for all of them — per-contact transactions made
 * a 10,000-contact import wait on IndexedDB for seconds.
 */
export async function rederiveAll(db: CoffeeChatDB, options: DeriveOptions, storedContacts?: readonly Contact[]): Promise<DeriveResult> {
  return db.transaction('rw', deriveTables(db), async () => {
    const [contacts, events, meetings, reminders] = await Promise.all([
      // Given only by a caller that wrote them in this same transaction (see Written.contacts).
      storedContacts ? [...storedContacts] : db.contacts.toArray(),
      db.events.toArray(),
      db.meetings.toArray(),
      db.reminders.toArray(),
    ]);
    const known = new Set(contacts.map((c) => c.id));
    // Reminders of contacts that are gone (deleted while the worker slept, or in an import).
    const orphans = reminders.filter((r) => !known.has(r.contactId)).map((r) => r.id);
    if (orphans.length) await db.reminders.bulkDelete(orphans);
    const result = await deriveAndApply(db, contacts, events, meetings, reminders.filter((r) => known.has(r.contactId)), options);
    // Every reminder now follows these settings: recorded in the same transaction.
    await db.meta.put({ id: 'derived-from', settingsKey: settingsKey(options.settings) });
    return result;
  });
}

async function deriveAndApply(
  db: CoffeeChatDB,
  contacts: Contact[],
  events: TimelineEvent[],
  meetings: Meeting[],
  reminders: Reminder[],
  { settings, now, newId = () => crypto.randomUUID() }: DeriveOptions,
): Promise<DeriveResult> {
  const eventsOf = groupBy(events, (e) => e.contactId);
  const meetingsOf = groupBy(meetings, (m) => m.contactId);
  const remindersOf = groupBy(reminders, (r) => r.contactId);
  const all: DeriveResult = { create: [], update: [], retire: [] };
  for (const contact of contacts) {
    const result = deriveReminders({
      contact,
      events: eventsOf.get(contact.id) ?? [],
      meetings: meetingsOf.get(contact.id) ?? [],
      existing: remindersOf.get(contact.id) ?? [],
      settings,
      now,
      newId,
    });
    all.create.push(...result.create);
    all.update.push(...result.update);
    all.retire.push(...result.retire);
  }
  await applyDerived(db, all);
  return all;
}

/**
 * Pending and snoozed reminders, from the status index. Two `equals` reads (IndexedDB getAll)
 * rather than `anyOf`, which Dexie walks with a cursor: at 10,000 reminders that is several
 * times slower, and this runs on every wake.
 */
export async function openReminders(db: CoffeeChatDB): Promise<Reminder[]> {
  const [pending, snoozed] = await Promise.all([
    db.reminders.where('status').equals('pending').toArray(),
    db.reminders.where('status').equals('snoozed').toArray(),
  ]);
  return [...pending, ...snoozed];
}
