// Reconcile-on-wake cost at 10,000 contacts (issue 11): the real lib/ code, bundled for Node
// like the soak core, on fake-indexeddb. Printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './browser.mjs';
import { generateContacts } from './generate-contacts.mjs';

export async function benchWakeCost({ count = 10_000 } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-wake-'));
  const outfile = path.join(dir, 'wake-cost-core.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests/bench/wake-cost-core.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  const { wakeCost } = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return wakeCost(generateContacts(count, 1));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('Reconcile on wake (status-index query, settings check, alarm diff), fake-indexeddb in Node');
  console.table([await benchWakeCost()]);
}
