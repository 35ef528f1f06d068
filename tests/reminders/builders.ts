import type { Stage } from '@/lib/contacts/stage';
import type { Meeting } from '@/lib/meetings/meeting';
import { applyDerived, type DeriveResult } from '@/lib/reminders/reconcile';
import type { Reminder } from '@/lib/reminders/reminder';
import { deriveReminders, type DeriveInput } from '@/lib/reminders/rules';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import type { TimelineEvent, TimelineEventData, TimelineEventType } from '@/lib/timeline/event';

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

export type Scenario = Omit<DeriveInput, 'newId' | 'existing' | 'settings'> &
  Partial<Pick<DeriveInput, 'existing' | 'settings'>>;

export function derive(s: Scenario, newId = idSource()): DeriveResult {
  return deriveReminders({ existing: [], settings: DEFAULT_REMINDER_SETTINGS, newId, ...s });
}

/** Derives, applies the result, and returns the reminders after; checks a second run has nothing to do. */
export function settle(s: Scenario, newId = idSource()): Reminder[] {
  const after = applyDerived(s.existing ?? [], derive(s, newId));
  const again = derive({ ...s, existing: after }, newId);
  expect(again).toEqual({ create: [], update: [], retire: [] });
  return after;
}

export const open = (rs: Reminder[]) => rs.filter((r) => r.status === 'pending' || r.status === 'snoozed');
export const byKind = (rs: Reminder[], kind: Reminder['kind']) => rs.filter((r) => r.kind === kind);
