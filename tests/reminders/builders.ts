import type { Stage } from '@/lib/contacts/stage';
import type { Meeting } from '@/lib/meetings/meeting';
import { applyDerived, rederiveContacts } from '@/lib/db/reminders';
import type { DeriveResult } from '@/lib/reminders/reconcile';
import type { Reminder } from '@/lib/reminders/reminder';
import { deriveReminders, type DeriveInput } from '@/lib/reminders/rules';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import type { TimelineEvent, TimelineEventData, TimelineEventType } from '@/lib/timeline/event';
import { freshDb } from '../helpers/db';

export const at = (iso: string) => Date.parse(iso);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

let eventSeq = 0;
export function event(
  type: TimelineEventType,
  when: number,
  data?: TimelineEventData,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  eventSeq += 1;
  return { id: `e${eventSeq}`, contactId: 'c1', at: when, type, cause: 'test', ...(data && { data }), ...extra };
}

export const sent = (kind: string, when: number, outreachId?: string) =>
  event('outreach-sent', when, { templateKind: kind, channel: 'linkedin', ...(outreachId && { outreachId }) });

export const stageChanged = (to: Stage, when: number) =>
  event('stage-changed', when, undefined, { toStage: to, cause: 'Set by hand' });

export function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    contactId: 'c1',
    start: at('2025-06-10T14:00:00Z'),
    durationMinutes: 20,
    timeZone: 'UTC',
    place: 'Café Lumen',
    format: 'coffee',
    status: 'scheduled',
    createdAt: at('2025-06-01T12:00:00Z'),
    ...over,
  };
}

export function contact(over: Partial<DeriveInput['contact']> = {}): DeriveInput['contact'] {
  return { id: 'c1', stage: 'requested', fullName: 'Priya Shah', firstName: 'Priya', createdAt: at('2025-05-01T08:00:00Z'), ...over };
}

export function idSource(prefix = 'r') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** r1, r2, … skipping ids the given reminders already have (the database refuses a second r1). */
function unusedIds(existing: Reminder[]) {
  const next = idSource();
  const taken = new Set(existing.map((r) => r.id));
  return () => {
    let id = next();
    while (taken.has(id)) id = next();
    return id;
  };
}

export type Scenario = Omit<DeriveInput, 'newId' | 'existing' | 'settings'> &
  Partial<Pick<DeriveInput, 'existing' | 'settings'>>;

export function derive(s: Scenario, newId = idSource()): DeriveResult {
  return deriveReminders({ existing: [], settings: DEFAULT_REMINDER_SETTINGS, newId, ...s });
}

/**
 * The real database (the production class and schema on fake-indexeddb), one per test file:
 * reminder tests apply results exactly as the background does, never with a copy of its logic.
 */
const db = freshDb();

/** Stores a scenario's contact, history and reminders as the only data in the database. */
async function store(s: Scenario, existing: Reminder[]) {
  await Promise.all([db.contacts, db.events, db.meetings, db.reminders].map((t) => t.clear()));
  // Builders make partial contacts; the rules read only these fields.
  await db.contacts.put(s.contact as never);
  await db.events.bulkPut(s.events);
  await db.meetings.bulkPut(s.meetings);
  await db.reminders.bulkPut(existing);
}

/** The contact's reminders as stored: the ones given first, in their order, then new ones. */
async function stored(contactId: string, existing: Reminder[], result: DeriveResult): Promise<Reminder[]> {
  const order = [...existing.map((r) => r.id), ...result.create.map((r) => r.id)];
  const rows = await db.reminders.where('contactId').equals(contactId).toArray();
  return rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * Derives through the production path (rederiveContacts → applyDerived on the real schema) and
 * returns the reminders after; checks a second run has nothing to do.
 */
export async function settle(s: Scenario, newId = unusedIds(s.existing ?? [])): Promise<Reminder[]> {
  const existing = s.existing ?? [];
  await store(s, existing);
  const options = { settings: s.settings ?? DEFAULT_REMINDER_SETTINGS, now: s.now, newId };
  const result = await rederiveContacts(db, [s.contact.id], options);
  const after = await stored(s.contact.id, existing, result);
  expect(await rederiveContacts(db, [s.contact.id], options)).toEqual({ create: [], update: [], retire: [] });
  return after;
}

/** A derive result applied to these reminders by the production function; the reminders after. */
export async function applied(existing: Reminder[], result: DeriveResult, contactId = 'c1'): Promise<Reminder[]> {
  await db.reminders.clear();
  await db.reminders.bulkPut(existing);
  await applyDerived(db, result);
  return stored(contactId, existing, result);
}

export const open = (rs: Reminder[]) => rs.filter((r) => r.status === 'pending' || r.status === 'snoozed');
export const byKind = (rs: Reminder[], kind: Reminder['kind']) => rs.filter((r) => r.kind === kind);
