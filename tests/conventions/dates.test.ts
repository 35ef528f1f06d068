import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

// Dates the user reads: what the screen shows. File names (.ics, backups) and the text of a
// message (lib/compose, which writes "Tuesday, 3 June" into a draft) are not screen dates.
const shown = ['components', 'entrypoints/popup', 'entrypoints/workspace']
  .flatMap((dir) => filesUnder(join(ROOT, dir)))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('exports.ts'));

describe('one date format on every screen', () => {
  it('shows dates only through lib/format/dates (Intl.DateTimeFormat in the user locale)', () => {
    const strays = shown
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        // Numbers may use toLocaleString ("1,204 contacts"); dates may not.
        const localeDate = /\)\.toLocaleString\(|\.toLocale(?:Date|Time)String\(/.test(text) && /new Date\(/.test(text);
        const dateFnsFormat = /import \{[^}]*\bformat\b[^}]*\} from 'date-fns'/.test(text);
        return localeDate || dateFnsFormat;
      })
      .map((f) => relative(ROOT, f));
    expect(strays).toEqual([]);
  });
});
