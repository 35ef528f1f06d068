// npm run bench: prints the speed and size targets as tables. Nothing here is asserted.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleSizes, contentScriptBudget, pageFirstLoad } from './bundle-size.mjs';
import { benchSaveClick } from './save-click.mjs';
import { ROOT } from './browser.mjs';

console.log('\nBundle sizes (.output/chrome-mv3)');
console.table(bundleSizes());
console.log('\nContent script (gzip): always-on part and the reader loaded per capture');
console.table(contentScriptBudget());
console.log('\nPages: JS loaded before the first paint (gzip)');
console.table(pageFirstLoad());

const click = await benchSaveClick();
console.log('\nReal click → "Saved ✓"/"Updated ✓" in headless Chromium, reader injected each time (target: median < 100 ms)');
console.table([{ ...click, ok: click.medianMs < 100 }]);

const extraction = path.join(ROOT, 'tests/bench/extraction.mjs');
if (existsSync(extraction)) {
  const { benchExtraction } = await import(extraction);
  console.log('\nExtraction per fixture in Chromium (target: median < 10 ms on the 600 KB pages)');
  console.table(await benchExtraction());
}

const robustness = path.join(ROOT, 'tests/bench/robustness.mjs');
if (existsSync(robustness)) {
  const { benchRobustness } = await import(robustness);
  const { seed, count, rows, alone } = await benchRobustness();
  console.log(`\nCapture robustness: ${count} seeded LinkedIn-style variants per fixture, master seed ${seed} (target: ≥ 99 % exact)`);
  console.table(rows);
  console.log('Exact share of the variants that apply one transformation alone');
  console.table(alone);
}

const { benchTyping } = await import('./typing.mjs');
console.log('\nCharacters lost typing 200 characters at 5 ms a key, then leaving and coming back (target: 0)');
console.table(await benchTyping());

const data = path.join(ROOT, 'tests/bench/workspace.mjs');
if (existsSync(data)) {
  const { benchWorkspace } = await import(data);
  console.log('\nWith 10,000 generated contacts');
  console.table(await benchWorkspace());
}

const { benchBackup } = await import('./backup.mjs');
console.log('\nBackup export and import in the workspace page, 10,000 and 50,000 contacts with long notes (targets, each way: < 1 s at 10,000, < 5 s at 50,000)');
console.table(await benchBackup());

const { benchWake } = await import('./wake.mjs');
console.log('\nWorker wake with 10,000 contacts, each with one open reminder: the reconcile the user waits for (issue 11: one indexed query)');
console.table(await benchWake());

const soak = path.join(ROOT, 'tests/bench/soak.mjs');
if (existsSync(soak)) {
  const { benchSoak } = await import(soak);
  const { totals, firstBad } = await benchSoak();
  console.log(
    `\nSoak: random commands, the worker stopped mid-request and after answers, alarms dropped and fired early, seed ${totals.seed} (target: 0 lost, 0 doubled, 0 stale, 0 orphan over ≥ 1,000 rounds)`,
  );
  console.table([totals]);
  if (firstBad.length) console.table(firstBad);
}

const { benchSidePanelSteps } = await import('./side-panel-steps.mjs');
console.log('\nFresh install, one saved profile, empty settings: side panel → clean cold ask on the clipboard (target: ≤ 5 clicks, ≤ 4 short fields, 1 surface)');
console.table(benchSidePanelSteps());
