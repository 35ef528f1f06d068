import { isOpen, type Recurrence, type Reminder, type ReminderKind } from './reminder';

/** A reminder the rules say should exist, identified by its source key. */
export interface Wanted {
  kind: ReminderKind;
  sourceKey: string;
  dueAt: number;
  deadlineAt?: number;
  recurrence?: Recurrence;
  meetingId?: string;
}

export interface Retirement {
  id: string;
  status: 'done' | 'dismissed';
  /** Chosen by the rules, not the clock, so re-deriving after applying it changes nothing. */
  closedAt: number;
}

export interface DeriveResult {
  /** New reminders to add. */
  create: Reminder[];
  /** Open reminders whose timing changed (a rescheduled meeting, new settings): put them back whole. */
  update: Reminder[];
  /** Open reminders that no longer apply. */
  retire: Retirement[];
}

export interface ReconcileContext {
  contactId: string;
  now: number;
  newId: () => string;
  /** How to close an open reminder that is no longer wanted. */
  retirement: (reminder: Reminder) => Omit<Retirement, 'id'>;
}

function withTiming(r: Reminder, w: Wanted): Reminder | null {
  const same =
    r.dueAt === w.dueAt &&
    r.deadlineAt === w.deadlineAt &&
    r.recurrence?.everyDays === w.recurrence?.everyDays;
  if (same) return null;
  const { deadlineAt: _d, recurrence: _r, snoozedUntil, firedAt, ...rest } = r;
  const next: Reminder = { ...rest, dueAt: w.dueAt };
  if (w.deadlineAt !== undefined) next.deadlineAt = w.deadlineAt;
  if (w.recurrence) next.recurrence = w.recurrence;
  if (r.dueAt === w.dueAt) {
    // Only the deadline or recurrence moved: the snooze and "already notified" still hold.
    if (snoozedUntil !== undefined) next.snoozedUntil = snoozedUntil;
    if (firedAt !== undefined) next.firedAt = firedAt;
  } else {
    // A new due time is a new moment to remind: drop the old snooze and let it notify again.
    next.status = 'pending';
  }
  return next;
}

/**
 * Turns "what should exist" into changes to "what exists". A source key that exists in any
 * status is never made again — done and dismissed stay that way — which is what makes
 * deriving idempotent.
 */
export function reconcile(wanted: Wanted[], existing: Reminder[], ctx: ReconcileContext): DeriveResult {
  const result: DeriveResult = { create: [], update: [], retire: [] };
  const mine = existing.filter((r) => r.contactId === ctx.contactId);
  const byKey = new Map<string, Reminder[]>();
  for (const r of mine) byKey.set(r.sourceKey, [...(byKey.get(r.sourceKey) ?? []), r]);

  const wantedKeys = new Set<string>();
  for (const w of wanted) {
    if (wantedKeys.has(w.sourceKey)) continue;
    wantedKeys.add(w.sourceKey);
    const same = byKey.get(w.sourceKey) ?? [];
    if (same.length === 0) {
      result.create.push({
        id: ctx.newId(),
        contactId: ctx.contactId,
        kind: w.kind,
        dueAt: w.dueAt,
        ...(w.deadlineAt !== undefined && { deadlineAt: w.deadlineAt }),
        status: 'pending',
        ...(w.recurrence && { recurrence: w.recurrence }),
        sourceKey: w.sourceKey,
        ...(w.meetingId !== undefined && { meetingId: w.meetingId }),
        createdAt: ctx.now,
      });
      continue;
    }
    const [keep, ...extra] = same.filter(isOpen);
    if (keep) {
      const updated = withTiming(keep, w);
      if (updated) result.update.push(updated);
    }
    // Duplicates can only come from an old race or an import: keep one.
    for (const r of extra) result.retire.push({ id: r.id, status: 'dismissed', closedAt: ctx.now });
  }

  for (const r of mine) {
    if (isOpen(r) && !wantedKeys.has(r.sourceKey)) result.retire.push({ id: r.id, ...ctx.retirement(r) });
  }
  return result;
}
