// Clicks and typed fields from opening the side panel to an etiquette-clean cold ask on the
// clipboard (issue 13's measure). The e2e spec does the walk in real Chromium and prints the
// counts; this runs it and reads them, so the table and the spec can never count differently.
import { spawnSync } from 'node:child_process';
import { ROOT } from './browser.mjs';

const LINE = /side-panel cold ask: (\d+) clicks, (\d+) typed fields, (\d+) surface/;

export function benchSidePanelSteps() {
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'tests/e2e', 'side-panel.spec.ts', '-g', 'fresh install'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const found = LINE.exec(`${run.stdout}\n${run.stderr}`);
  if (!found || run.status !== 0) return [{ error: 'tests/e2e/side-panel.spec.ts did not pass: run it for the details' }];
  const [clicks, fields, surfaces] = found.slice(1).map(Number);
  return [{ clicks, 'typed fields': fields, surfaces, ok: clicks <= 5 && fields <= 4 && surfaces === 1 }];
}
