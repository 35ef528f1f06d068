import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { launchExtension, test, expect } from './fixtures';
import { seededRandom, settle, slowAnswers, snapshot, soakRound, total } from './soak-core';

/**
 * A bounded soak (tests/e2e/soak-core.ts): random commands, the worker stopped mid-request and
 * after answers, alarms dropped and fired early. After every round the stored reminders equal
 * the rules' oracle and the alarms are exactly their projection. Rerun a failure with
 * SOAK_SEED=<the printed seed>; `npm run bench` runs the same loop for 1,000 rounds.
 *
 * Mutations that turn it red (seed 805213): syncAlarms not clearing unwanted alarms (orphan
 * alarm, round 6); commit() skipping rederiveContacts (reminders the rules want, round 3).
 */
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 30);

// One retry for both soaks. In about fifteen CI runs (never in 60 runs here, idle or loaded) a
// message from the page three times got "Receiving end does not exist" for the whole 21 s the
// helper asks, right after a worker stop or a relaunch. The helper now also wakes the worker
// through its registration, as lib/messaging/send.ts does; a failed attempt prints its seed, the
// slow answers and what the workers did, and Playwright reports the test as flaky. A drift found
// on a seed fails again when rerun with that SOAK_SEED: the retry hides no wrong reminder.
test.describe.configure({ retries: 1 });

const extensionIdOf = async (context: BrowserContext) =>
  new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))).url()).host;

/** Every service worker start, close and error or warning it logs, with the time since launch. */
function watchWorkers(context: BrowserContext): string[] {
  const log: string[] = [];
  const start = Date.now();
  const watch = (worker: Worker) => {
    const at = () => `${((Date.now() - start) / 1000).toFixed(1)} s`;
    log.push(`${at()} started ${worker.url()}`);
    worker.on('close', () => log.push(`${at()} closed`));
    worker.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') log.push(`${at()} ${m.type()}: ${m.text().slice(0, 300)}`);
    });
  };
  context.serviceWorkers().forEach(watch);
  context.on('serviceworker', watch);
  return log;
}

/** What a failed attempt prints, so the next one names its cause. */
const diagnosis = (workerLog: string[]) =>
  `slow answers:\n${slowAnswers.join('\n') || '(none)'}\nservice workers:\n${workerLog.join('\n') || '(none seen)'}`;

test('soak: after every round the reminders match the rules and the alarms match the reminders', async ({ context, extensionId }) => {
  test.setTimeout(150_000);
  const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
  console.log(`soak seed ${seed} (rerun with SOAK_SEED=${seed}), ${ROUNDS} rounds`);
  const rand = seededRandom(seed);
  const workerLog = watchWorkers(context);
  slowAnswers.length = 0;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);

  const seen = { commands: 0, stops: 0, earlyAlarms: 0, maxOpen: 0, maxAlarms: 0 };
  const byType: Record<string, number> = {};
  const refused: string[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const report = await soakRound(page, rand, round).catch((error: unknown) => {
      console.log(`round ${round} failed; ${diagnosis(workerLog)}`);
      throw error;
    });
    if (report.failed.length > 0) console.log(`round ${round}: ${diagnosis(workerLog)}`);
    seen.commands += report.commands.length;
    for (const type of report.commands) byType[type] = (byType[type] ?? 0) + 1;
    refused.push(...report.refused);
    seen.stops += report.stops;
    seen.earlyAlarms += report.earlyAlarms;
    seen.maxOpen = Math.max(seen.maxOpen, report.open);
    seen.maxAlarms = Math.max(seen.maxAlarms, report.alarms);
    const where = `seed ${seed}, round ${round} (${report.commands.join(', ')})`;
    expect(report.failed, `a committed write was never answered — ${where}`).toEqual([]);
    expect(report.findings.details, `reminders or alarms drifted — ${where}`).toEqual([]);
    expect(total(report.findings)).toBe(0);
  }
  console.log(`soak seed ${seed}: ${ROUNDS} rounds, 0 lost/doubled/stale/orphan`, seen, byType, `${refused.length} refused`, refused.slice(0, 5), `slow answers: ${slowAnswers.length}`, slowAnswers.slice(0, 5));
  // A soak that never had a reminder or an alarm to lose would prove nothing.
  expect(seen.maxOpen).toBeGreaterThan(0);
  expect(seen.maxAlarms).toBeGreaterThan(0);
});

test('soak across browser restarts on the same profile: the first wake after each launch puts the projection right', async () => {
  test.setTimeout(150_000);
  const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000) + 1;
  const SESSIONS = 3;
  const ROUNDS_PER_SESSION = 4;
  console.log(`soak-restart seed ${seed} (rerun with SOAK_SEED=${seed - 1}), ${SESSIONS} launches × ${ROUNDS_PER_SESSION} rounds`);
  const rand = seededRandom(seed);
  slowAnswers.length = 0;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'coffee-chat-soak-'));
  let contactsBefore = 0;
  try {
    for (let session = 1; session <= SESSIONS; session += 1) {
      const context = await launchExtension(profile);
      const workerLog = watchWorkers(context);
      try {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html`);
        if (session > 1) {
          // Straight after the launch, before any command: the start-up reconcile alone.
          const { findings, snapshot: after } = await settle(page);
          expect(findings.details, `after launch ${session} — seed ${seed}`).toEqual([]);
          // The same profile, so the same database: a relaunch that started empty would check nothing.
          expect(after.contacts.length).toBe(contactsBefore);
        }
        for (let round = 1; round <= ROUNDS_PER_SESSION; round += 1) {
          const report = await soakRound(page, rand, round);
          const where = `seed ${seed}, launch ${session}, round ${round} (${report.commands.join(', ')})`;
          expect(report.failed, `a committed write was never answered — ${where}`).toEqual([]);
          expect(report.findings.details, `reminders or alarms drifted — ${where}`).toEqual([]);
          expect(total(report.findings)).toBe(0);
        }
        contactsBefore = (await snapshot(page)).contacts.length;
      } catch (error) {
        console.log(`launch ${session} failed; ${diagnosis(workerLog)}`);
        throw error;
      } finally {
        // Closing mid-flight is the point: whatever the worker was doing is cut off.
        await context.close();
      }
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
