import type { Page } from '@playwright/test';
import type { Contact } from '../../lib/contacts/contact';
import type { Meeting } from '../../lib/meetings/meeting';
import { MIN_ALARM_DELAY_MS, reminderIdFromAlarm } from '../../lib/reminders/alarm-sync';
import { effectiveDueAt, isOpen, type Reminder } from '../../lib/reminders/reminder';
import { deriveReminders } from '../../lib/reminders/rules';
import { ReminderSettings } from '../../lib/reminders/settings';
import type { TimelineEvent } from '../../lib/timeline/event';

/**
 * The soak shared by tests/e2e/soak.spec.ts (a few dozen rounds, asserted) and `npm run bench`
 * (≥ 1,000 rounds, counted): random commands through the real protocol from an extension page,
 * the worker stopped over CDP at random moments (also mid-request), alarms fired early. After
 * every round the worker is woken and, once it has answered, the database must equal what the
 * pure rules derive from it and the alarms must be exactly the projection of its open reminders.
 */

/** mulberry32: small, seedable, the same sequence on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T | undefined => (items.length ? items[Math.floor(next() * items.length)] : undefined),
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

export interface Snapshot {
  contacts: Contact[];
  events: TimelineEvent[];
  meetings: Meeting[];
  reminders: Reminder[];
  alarms: Array<{ name: string; scheduledTime: number }>;
  /** The stored reminder timings, as storage.local holds them (parsed in findings). */
  settings: unknown;
  now: number;
}

/** What one check found; every field is 0 when the projection is right. */
export interface Findings {
  /** Open, not-yet-notified reminders with no alarm, plus reminders the rules want that are missing. */
  lost: number;
  /** Open reminders sharing a source key (each one past the first). */
  doubled: number;
  /** Alarms at the wrong time or for a notified reminder, plus stored reminders the rules would change or close. */
  stale: number;
  /** Alarms for reminders that are gone or closed, and reminders of deleted contacts. */
  orphan: number;
  details: string[];
}

/** Reads every table the rules need, and the alarms, from an extension page (same origin as the worker). */
export function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const names = ['contacts', 'events', 'meetings', 'reminders'] as const;
    // Opening by hand before Dexie has created the database would create an empty one at
    // version 1 (and fail here): a fresh profile whose worker has not opened it yet holds nothing.
    const exists = (await indexedDB.databases()).some((d) => d.name === 'coffee-chat');
    const db = !exists
      ? null
      : await new Promise<IDBDatabase | null>((resolve, reject) => {
          const open = indexedDB.open('coffee-chat');
          // Deleted between the check and the open: abort, so this read never creates it.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
          open.onsuccess = () => resolve(open.result);
        });
    const ready = db !== null && names.every((n) => db.objectStoreNames.contains(n));
    // One read transaction: the four tables as of one instant (all empty before the database exists).
    const tx = ready ? db.transaction([...names], 'readonly') : null;
    const read = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        if (!tx) return resolve([]);
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    const [contacts, events, meetings, reminders] = await Promise.all(names.map(read));
    db?.close();
    const alarms = (await chrome.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
    // The settings item (lib/settings.ts, key 'settings' in storage.local): the oracle derives with the stored timings.
    const stored = (await chrome.storage.local.get('settings')).settings as { reminders?: unknown } | undefined;
    return { contacts, events, meetings, reminders, alarms, settings: stored?.reminders, now: Date.now() } as never;
  });
}

/** What the background derives with: the stored timings, or the defaults when none are stored. */
const settingsOf = (s: Snapshot): ReminderSettings => ReminderSettings.safeParse(s.settings ?? {}).data ?? ReminderSettings.parse({});

/** Compares the stored reminders with the rules' oracle, and the alarms with the stored reminders. */
export function findings(s: Snapshot): Findings {
  const out: Findings = { lost: 0, doubled: 0, stale: 0, orphan: 0, details: [] };
  const note = (what: keyof Omit<Findings, 'details'>, detail: string) => {
    out[what] += 1;
    if (out.details.length < 20) out.details.push(`${what}: ${detail}`);
  };
  const contactIds = new Set(s.contacts.map((c) => c.id));
  const settings = settingsOf(s);

  // The oracle: the pure rules applied to what is stored must have nothing left to do.
  for (const contact of s.contacts) {
    const result = deriveReminders({
      contact,
      events: s.events.filter((e) => e.contactId === contact.id),
      meetings: s.meetings.filter((m) => m.contactId === contact.id),
      existing: s.reminders.filter((r) => r.contactId === contact.id),
      settings,
      now: s.now,
      newId: () => 'oracle',
    });
    for (const r of result.create) note('lost', `rules want ${r.kind} ${r.sourceKey}, not stored`);
    for (const r of result.update) note('stale', `rules would move ${r.kind} ${r.sourceKey} to ${new Date(r.dueAt).toISOString()}`);
    for (const r of result.retire) note('stale', `rules would close ${r.id} as ${r.status}`);
  }
  for (const r of s.reminders) if (!contactIds.has(r.contactId)) note('orphan', `reminder ${r.id} of a deleted contact`);

  const open = s.reminders.filter(isOpen);
  const byKey = new Map<string, number>();
  for (const r of open) byKey.set(r.sourceKey, (byKey.get(r.sourceKey) ?? 0) + 1);
  for (const [key, n] of byKey) for (let i = 1; i < n; i += 1) note('doubled', `${n} open reminders for ${key}`);

  // The projection: one alarm per open, not-yet-notified reminder, at its due time.
  const byId = new Map(s.reminders.map((r) => [r.id, r]));
  const alarms = new Map<string, number>();
  for (const a of s.alarms) {
    const id = reminderIdFromAlarm(a.name);
    if (id === null) continue;
    alarms.set(id, a.scheduledTime);
    const r = byId.get(id);
    if (!r || !isOpen(r)) {
      note('orphan', `alarm ${a.name} for a reminder that is ${r ? r.status : 'gone'}`);
      continue;
    }
    if (r.firedAt !== undefined) {
      note('stale', `alarm ${a.name} for a reminder that already notified`);
      continue;
    }
    const due = effectiveDueAt(r);
    // Due soon (or already): syncAlarms sets it to fire within Chrome's minimum delay.
    const right = due <= s.now + MIN_ALARM_DELAY_MS ? a.scheduledTime <= s.now + MIN_ALARM_DELAY_MS : a.scheduledTime === due;
    if (!right) note('stale', `alarm ${a.name} at ${new Date(a.scheduledTime).toISOString()}, due ${new Date(due).toISOString()}`);
  }
  for (const r of open) {
    if (r.firedAt === undefined && !alarms.has(r.id)) note('lost', `no alarm for ${r.kind} ${r.id}`);
  }
  return out;
}

export const total = (f: Findings) => f.lost + f.doubled + f.stale + f.orphan;

/** Stops every service worker, as MV3 does to an idle one. */
export async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

type Reply = { ok: true; data: unknown } | { ok: false; error: string };

/** Requests that needed more than three tries, with what the earlier tries got: printed by the specs. */
export const slowAnswers: string[] = [];

/**
 * Sends one request from the page the way lib/messaging/send.ts does: no answer (the worker
 * stopped) means wake the worker through its registration too and ask again with the SAME
 * requestId, so a committed write is answered, not redone.
 */
export async function send(page: Page, type: string, data: unknown): Promise<Reply> {
  const message = { type, data, requestId: `soak-${crypto.randomUUID()}` };
  const { reply, attempts, last } = await page.evaluate(async (m) => {
    let last = 'no reply';
    for (let attempt = 0; attempt < 20; attempt += 1) {
      try {
        const reply = (await chrome.runtime.sendMessage(m)) as Reply | undefined;
        if (reply) return { reply, attempts: attempt + 1, last };
        last = 'an empty reply';
      } catch (error) {
        // "message port closed" / "Receiving end does not exist": the worker is restarting.
        last = String(error);
      }
      void navigator.serviceWorker.getRegistration().then((r) => r?.active?.postMessage('wake'));
      await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 100));
    }
    return { reply: { ok: false as const, error: `the worker never answered (last: ${last})` }, attempts: 20, last };
  }, message);
  if (attempts > 3) slowAnswers.push(`${type}: ${attempts} tries (before: ${last})`);
  return reply;
}

const DAY = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const STAGES = ['identified', 'researching', 'requested', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch', 'no-reply'] as const;

/** One random command built from what is stored now, so its ids are real. */
function command(rand: Random, s: Snapshot): { type: string; data: unknown } {
  const contact = rand.pick(s.contacts);
  const open = s.reminders.filter(isOpen);
  const meetings = s.meetings.filter((m) => m.status !== 'cancelled');
  const roll = contact ? rand.int(16) : 0;
  const referrer = rand.chance(0.3) ? rand.pick(s.contacts) : undefined;
  switch (roll) {
    case 0:
      return { type: 'addContact', data: { fullName: `Soak Person ${rand.int(1e6)}`, ...(referrer && { referredById: referrer.id }) } };
    case 1:
    case 2:
      return {
        type: 'markSent',
        data: { contactId: contact!.id, kind: rand.pick(['cold-ask', 'nudge', 'thank-you', 'check-in'])!, channel: 'linkedin-message', text: 'Hello' },
      };
    case 3:
      return { type: 'logReply', data: { contactId: contact!.id } };
    case 4: {
      // Meetings days away (past or future), never within minutes of now: the rules read the
      // clock, and a meeting starting during the round would make the oracle a race.
      const offset = (rand.chance(0.5) ? -1 : 1) * (1 + rand.int(10));
      return {
        type: 'saveMeeting',
        data: {
          contactId: contact!.id,
          input: { date: isoDay(Date.now() + offset * DAY), time: '10:00', durationMinutes: 30, timeZone: 'UTC', place: 'Café', format: 'coffee' },
        },
      };
    }
    case 5: {
      const meeting = rand.pick(meetings);
      if (meeting) return { type: 'cancelMeeting', data: { meetingId: meeting.id } };
      return { type: 'logReply', data: { contactId: contact!.id } };
    }
    case 6:
    case 7: {
      const reminder = rand.pick(open);
      if (!reminder) return { type: 'setStage', data: { id: contact!.id, stage: 'requested' } };
      const action = rand.pick(['done', 'dismiss', 'snooze'] as const)!;
      return { type: 'reminderAction', data: { reminderId: reminder.id, action, ...(action === 'snooze' && { days: 1 + rand.int(5) }) } };
    }
    case 8:
    case 9:
      return { type: 'setStage', data: { id: contact!.id, stage: rand.pick(STAGES)! } };
    case 10: {
      // Notes and tags change nothing the rules read; a new or cleared referrer does.
      const other = rand.pick(s.contacts.filter((c) => c.id !== contact!.id));
      const patch = rand.chance(0.5) ? { notes: `Soak note ${rand.int(1e6)}`, tags: ['soak'] } : { referredById: other && rand.chance(0.7) ? other.id : '' };
      return { type: 'updateContact', data: { id: contact!.id, patch } };
    }
    case 11:
      // soakRound follows up with restoreContact (the undo) half of the time.
      return { type: 'deleteContact', data: { id: contact!.id } };
    case 12: {
      const now = Date.now();
      const referrals = rand.chance(0.6) ? [{ name: `Soak Referral ${rand.int(1e6)}` }] : [];
      const log = { answers: {}, notes: 'Soak log', takeaways: [], nextSteps: [], referrals, reflection: { feelings: '', pictureMyself: '', changedView: '', stillToLearn: '' } };
      const interview = { id: crypto.randomUUID(), contactId: contact!.id, createdAt: now, updatedAt: now, prep: { questionIds: [], customQuestions: [], researchQuestions: [] }, log, ...(rand.chance(0.7) && { loggedAt: now }) };
      return { type: 'saveInterview', data: { interview } };
    }
    case 13:
      // Backups are read in the workspace page now; the background's import is Connections.csv.
      return { type: 'importLinkedInCsv', data: { text: connectionsCsv(rand, s) } };
    case 14: {
      const reminders = rand.pick([
        { nudgeAfterDays: 3 + rand.int(12) },
        { keepInTouchEveryDays: 30 + rand.int(100) },
        { confirmDaysBefore: 1 + rand.int(4), referralReachOutDays: 2 + rand.int(10) },
        { thankYouHoursAfter: rand.int(6), thankYouWithinHours: 12 + rand.int(36) },
      ])!;
      return { type: 'saveSettings', data: { settings: { reminders } } };
    }
    default:
      return { type: 'setStage', data: { id: contact!.id, stage: rand.pick(STAGES)! } };
  }
}

/**
 * A small Connections.csv as LinkedIn exports it: one or two people already stored (a merge:
 * their company and title change) and sometimes one new person, committed with their reminders.
 */
function connectionsCsv(rand: Random, s: Snapshot): string {
  const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (const c of s.contacts.filter((c) => c.profileUrl && rand.chance(0.5)).slice(0, 2)) {
    const [first = 'Soak', ...rest] = c.fullName.split(' ');
    rows.push(`${first},${rest.join(' ') || 'Person'},${c.profileUrl},,Soak Co ${rand.int(1e6)},Analyst,01 Jan 2024`);
  }
  if (rows.length === 1 || rand.chance(0.5)) {
    const n = rand.int(1e9);
    rows.push(`Soak,Import ${n},https://www.linkedin.com/in/soak-import-${n},,Acme,Designer,01 Jan 2024`);
  }
  return `${rows.join('\n')}\n`;
}

/** Re-schedules one of our alarms to fire now, as Chrome may after a sleep; the worker must put it back. */
function fireAlarmEarly(page: Page, rand: Random, s: Snapshot): Promise<boolean> {
  const ours = s.alarms.filter((a) => reminderIdFromAlarm(a.name) !== null);
  const alarm = rand.pick(ours);
  if (!alarm) return Promise.resolve(false);
  return page.evaluate(
    (name) =>
      new Promise<boolean>((resolve) => {
        const done = (fired: chrome.alarms.Alarm) => {
          if (fired.name !== name) return;
          chrome.alarms.onAlarm.removeListener(done);
          resolve(true);
        };
        chrome.alarms.onAlarm.addListener(done);
        // Unpacked extensions may set alarms sooner than Chrome's 30 s minimum.
        void chrome.alarms.create(name, { when: Date.now() + 10 });
        setTimeout(() => resolve(false), 5_000);
      }),
    alarm.name,
  );
}

/**
 * Wakes the worker and waits until it has answered and its projection settled: the answer
 * comes from the message handler, while the start-up reconcile runs beside it, so the check
 * is retried for a while. Lost, stale and orphan alarms never fix themselves without a wake,
 * so waiting cannot hide them; only the very last reading counts.
 */
export async function settle(page: Page, waitMs = 10_000): Promise<{ snapshot: Snapshot; findings: Findings }> {
  const wake = await send(page, 'syncReminders', {});
  if (!wake.ok) throw new Error(`the worker did not answer after waking: ${wake.error}`);
  const until = Date.now() + waitMs;
  for (;;) {
    const s = await snapshot(page);
    const f = findings(s);
    if (total(f) === 0 || Date.now() > until) return { snapshot: s, findings: f };
    await page.waitForTimeout(150);
  }
}

export interface RoundReport {
  round: number;
  commands: string[];
  stops: number;
  earlyAlarms: number;
  failed: string[];
  /** Commands the background refused with a sentence (e.g. a reminder closed by the previous command). */
  refused: string[];
  /** Open reminders and reminder alarms at the check, so a soak that checked nothing shows it. */
  open: number;
  alarms: number;
  findings: Findings;
}

/** One round: 1–3 commands, some with the worker stopped while they run or right after, maybe an early alarm, then the check. */
export async function soakRound(page: Page, rand: Random, round: number, settleMs?: number): Promise<RoundReport> {
  const report: RoundReport = { round, commands: [], stops: 0, earlyAlarms: 0, failed: [], refused: [], open: 0, alarms: 0, findings: { lost: 0, doubled: 0, stale: 0, orphan: 0, details: [] } };
  let s = await snapshot(page);
  const count = s.contacts.length < 2 ? 1 : 1 + rand.int(3);
  for (let i = 0; i < count; i += 1) {
    const c = s.contacts.length < 2 ? { type: 'addContact', data: { fullName: `Soak Person ${rand.int(1e6)}` } } : command(rand, s);
    report.commands.push(c.type);
    const sending = send(page, c.type, c.data);
    const when = rand.int(4); // 0: no stop, 1: mid-request, 2: right after the answer, 3: both
    if (when === 1 || when === 3) {
      await page.waitForTimeout(rand.int(30));
      await stopWorker(page);
      report.stops += 1;
    }
    const reply = await sending;
    // Some random commands are refused (a reminder closed by the previous command): that is an
    // answer. Only "never answered" is a failure.
    if (!reply.ok && reply.error.startsWith('the worker never answered')) report.failed.push(`${c.type}: ${reply.error}`);
    else if (!reply.ok) report.refused.push(`${c.type}: ${reply.error.slice(0, 160)}`);
    if (c.type === 'deleteContact' && reply.ok && rand.chance(0.5)) {
      // Undo, as the workspace's toast offers. After a worker stop the token is gone: "too late" is an answer.
      report.commands.push('restoreContact');
      const undo = await send(page, 'restoreContact', reply.data as { undoToken: string });
      if (!undo.ok && undo.error.startsWith('the worker never answered')) report.failed.push(`restoreContact: ${undo.error}`);
    }
    if (when >= 2) {
      await stopWorker(page);
      report.stops += 1;
    }
    s = await snapshot(page);
  }
  if (rand.chance(0.25)) {
    // What a browser restart may do: every alarm gone while the worker is down.
    await stopWorker(page);
    report.stops += 1;
    await page.evaluate(() => chrome.alarms.clearAll());
  }
  if (rand.chance(0.3)) {
    s = (await settle(page, settleMs)).snapshot;
    if (await fireAlarmEarly(page, rand, s)) report.earlyAlarms += 1;
  }
  const settled = await settle(page, settleMs);
  report.findings = settled.findings;
  report.open = settled.snapshot.reminders.filter(isOpen).length;
  report.alarms = settled.snapshot.alarms.filter((a) => reminderIdFromAlarm(a.name) !== null).length;
  return report;
}
