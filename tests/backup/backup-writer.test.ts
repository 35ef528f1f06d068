import { BackupWriter, buildBackup } from '@/lib/backup/backup-writer';
import { aContact } from './contacts-fixture';

const meta = { exportedAt: Date.UTC(2024, 2, 15, 9, 30), app: { name: 'Coffee Chat', version: '0.1.0' } };

/** The envelope as an indented JSON.stringify wrote it, each row then on a line of its own. */
function expected(tables: Record<string, unknown[]>): string {
  const envelope = { format: 'coffee-chat-backup', version: 1, exportedAt: '2024-03-15T09:30:00.000Z', app: meta.app, tables: {} };
  const head = JSON.stringify(envelope, null, 2).replace(/"tables": \{\}\n\}$/, '"tables": {');
  const names = Object.keys(tables).sort();
  const body = names
    .map((name) => {
      const rows = (tables[name] ?? []).map((row) => `      ${JSON.stringify(sorted(row))}`);
      return `    ${JSON.stringify(name)}: [${rows.length ? `\n${rows.join(',\n')}\n    ]` : ']'}`;
    })
    .join(',\n');
  return names.length ? `${head}\n${body}\n  }\n}\n` : `${head}}\n}\n`;
}
const sorted = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;

describe('BackupWriter', () => {
  it('writes an indented envelope and each row on one line of compact JSON with sorted keys', () => {
    const contacts = [aContact({ fullName: 'Ana "Lima"', notes: 'Line one\nline two\n\ttabbed' }), aContact({ fullName: 'Zoë 🌱' })];
    const cases: Array<Record<string, unknown[]>> = [
      { contacts, events: [], meetings: [{ id: 'm1', nested: { list: [1, { b: null, a: 2 }] } }] },
      { contacts: [] },
      { a: [], b: [] },
      {},
    ];
    for (const tables of cases) {
      const text = buildBackup(tables, meta);
      expect(text).toBe(expected(tables));
      expect(JSON.parse(text)).toEqual({ format: 'coffee-chat-backup', version: 1, exportedAt: '2024-03-15T09:30:00.000Z', app: meta.app, tables });
    }
    // A row's line: a text with line breaks stays on it, escaped.
    expect(buildBackup({ contacts }, meta).split('\n').filter((line) => line.startsWith('      {'))).toHaveLength(2);
  });

  it('hands its text over in parts, one per row, so no part holds the whole file', () => {
    const parts: string[] = [];
    const writer = new BackupWriter((part) => parts.push(part), meta);
    writer.beginTable('contacts');
    for (let i = 0; i < 50; i++) writer.row(aContact({ fullName: `Person ${i}` }));
    writer.endTable();
    writer.end();
    expect(parts.length).toBeGreaterThan(50);
    const text = parts.join('');
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(text.length / 20);
    expect(JSON.parse(text).tables.contacts).toHaveLength(50);
  });
});
