import { effectiveDueAt, isOpen, type Reminder } from './reminder';

const PREFIX = 'reminder:';

/**
 * Chrome fires alarms of packed extensions no sooner than 30 s after they are set; a `when`
 * closer than that is pushed back to it. Anything due sooner is treated as "fire soon".
 */
export const MIN_ALARM_DELAY_MS = 30_000;
/** How far ahead "fire soon" is asked for; Chrome rounds it up to the minimum anyway. */
export const SOON_MS = 1_000;

/** The part of `browser.alarms` this uses, so tests and callers can pass the real thing. */
export interface AlarmsApi {
  getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
  create(name: string, info: { when: number }): unknown;
  clear(name: string): unknown;
}

export const alarmName = (reminderId: string) => `${PREFIX}${reminderId}`;

/** The reminder id an alarm is for, or null for alarms that are not ours. */
export function reminderIdFromAlarm(name: string): string | null {
  return name.startsWith(PREFIX) && name.length > PREFIX.length ? name.slice(PREFIX.length) : null;
}

/** Only reminders that are open and have not notified yet need an alarm. */
const needsAlarm = (r: Reminder) => isOpen(r) && r.firedAt === undefined;

/**
 * Chrome allows an extension 500 active alarms. An import can bring thousands of reminders,
 * so only the soonest ones get an alarm; each alarm that fires re-syncs, and the next ones
 * take the freed places long before they are due.
 */
export const MAX_REMINDER_ALARMS = 300;

export interface SyncReport {
  created: string[];
  cleared: string[];
  kept: string[];
}

/**
 * Makes the alarms match the database, which is the only truth: one alarm per open,
 * not-yet-notified reminder, at its due time (or soon, when that has passed, so it fires
 * once rather than being skipped). Correct alarms are left alone; stale ones are cleared;
 * alarms not named `reminder:` belong to someone else and are never touched. Run it at
 * start-up (alarms may not survive a browser restart) and after every reminder change.
 */
export async function syncAlarms(alarms: AlarmsApi, reminders: Reminder[], now: number): Promise<SyncReport> {
  const report: SyncReport = { created: [], cleared: [], kept: [] };
  // Copy: some implementations hand back their live list, which clear() then mutates.
  const current = new Map((await alarms.getAll()).map((a) => [a.name, a.scheduledTime]));

  const soonest = reminders
    .filter(needsAlarm)
    .map((r) => [alarmName(r.id), effectiveDueAt(r)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_REMINDER_ALARMS);
  const wanted = new Map<string, number>(soonest);

  for (const [name, dueAt] of wanted) {
    const scheduled = current.get(name);
    const soon = dueAt <= now + MIN_ALARM_DELAY_MS;
    // A due-now alarm already set to fire within Chrome's minimum is right; re-setting it
    // on every sync would keep pushing it back and it would never fire.
    const correct = scheduled !== undefined && (soon ? scheduled <= now + MIN_ALARM_DELAY_MS : scheduled === dueAt);
    if (correct) {
      report.kept.push(name);
      continue;
    }
    // create() replaces an alarm of the same name: names are unique, so never two.
    await alarms.create(name, { when: soon ? Math.max(dueAt, now + SOON_MS) : dueAt });
    report.created.push(name);
  }

  for (const name of current.keys()) {
    if (reminderIdFromAlarm(name) !== null && !wanted.has(name)) {
      await alarms.clear(name);
      report.cleared.push(name);
    }
  }
  return report;
}
