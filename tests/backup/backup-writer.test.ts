import { BackupWriter, buildBackup } from '@/lib/backup/backup-writer';
import { aContact } from './contacts-fixture';

const meta = { exportedAt: Date.UTC(2024, 2, 15, 9, 30), app: { name: 'Coffee Chat', version: '0.1.0' } };

/** What every export wrote before backups were built in parts: old readers and diffs expect these bytes. */
function oneString(tables: Record<string, unknown[]>): string {
  const envelope = { format: 'coffee-chat-backup', version: 1, exportedAt: '2024-03-15T09:30:00.000Z', app: meta.app, tables };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

describe('BackupWriter', () => {
  it('writes, row by row, the same bytes as one JSON.stringify of the whole file', () => {
    const contacts = [aContact({ fullName: 'Ana "Lima"', notes: 'Line one\nline two\n\ttabbed' }), aContact({ fullName: 'Zoë 🌱' })];
    const cases: Array<Record<string, unknown[]>> = [
      { contacts, events: [], meetings: [{ id: 'm1', nested: { list: [1, { a: null }] } }] },
      { contacts: [] },
      { a: [], b: [] },
      {},
    ];
    for (const tables of cases) {
      const sorted = Object.fromEntries(Object.keys(tables).sort().map((k) => [k, tables[k]]));
      expect(buildBackup(tables, meta)).toBe(oneString(JSON.parse(JSON.stringify(sorted, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
      )) as Record<string, unknown[]>));
    }
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
