// The long soak for `npm run bench`: the loop of tests/e2e/soak-core.ts (the e2e soak runs 30
// rounds of it and asserts), here ≥ 1,000 rounds against the built extension, counted, never
// asserted. SOAK_ROUNDS and SOAK_SEED override the defaults.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchWithExtension, ROOT } from './browser.mjs';

/** The soak logic is TypeScript importing lib/ through the "@/" paths: bundle it once for Node. */
async function loadSoakCore() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-soak-'));
  const outfile = path.join(dir, 'soak-core.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests/e2e/soak-core.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  const core = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return core;
}

export async function benchSoak({ rounds = Number(process.env.SOAK_ROUNDS ?? 1000), seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000) } = {}) {
  const { seededRandom, soakRound } = await loadSoakCore();
  const { context, extensionId } = await launchWithExtension();
  const totals = { seed, rounds: 0, commands: 0, stops: 0, earlyAlarms: 0, unanswered: 0, lost: 0, doubled: 0, stale: 0, orphan: 0, badRounds: 0 };
  const firstBad = [];
  // What ran, per command, and the first few refusals: a soak whose imports were all refused would check little.
  const byType = {};
  const refusals = [];
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const rand = seededRandom(seed);
    for (let round = 1; round <= rounds; round += 1) {
      // A short settle: here a drift is counted, not waited out.
      const report = await soakRound(page, rand, round, 3_000);
      const f = report.findings;
      totals.rounds = round;
      totals.commands += report.commands.length;
      totals.stops += report.stops;
      totals.earlyAlarms += report.earlyAlarms;
      totals.unanswered += report.failed.length;
      for (const type of report.commands) byType[type] = (byType[type] ?? 0) + 1;
      for (const r of report.refused) {
        const type = r.slice(0, r.indexOf(':'));
        byType[`${type} refused`] = (byType[`${type} refused`] ?? 0) + 1;
        if (refusals.length < 8) refusals.push(r);
      }
      totals.lost += f.lost;
      totals.doubled += f.doubled;
      totals.stale += f.stale;
      totals.orphan += f.orphan;
      if (f.lost + f.doubled + f.stale + f.orphan + report.failed.length > 0) {
        totals.badRounds += 1;
        if (firstBad.length < 5) firstBad.push({ round, commands: report.commands.join(', '), details: [...report.failed, ...f.details].join(' | ') });
      }
      // The running totals, so a run cut short still says what it found.
      if (round % 25 === 0) console.log(`  soak: ${round}/${rounds} rounds ${JSON.stringify(totals)}`);
    }
  } finally {
    await context.close();
  }
  return { totals, firstBad, byType, refusals };
}

// Run alone: node tests/bench/soak.mjs
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { totals, firstBad, byType, refusals } = await benchSoak();
  console.table([totals]);
  console.table([byType]);
  if (refusals.length) console.log('first refusals (answers, not failures):', refusals);
  if (firstBad.length) console.table(firstBad);
}
