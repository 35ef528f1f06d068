import { z } from 'zod';
import { contactsTable } from '@/lib/backup/tables';
import { type BackupTableSpec, backupFileName, backupRows, parseBackup } from '@/lib/backup/format';
import { buildBackup } from '@/lib/backup/backup-writer';
import { parseJsonText } from '@/lib/backup/json-text';
import { aContact } from './contacts-fixture';

const meta = { exportedAt: Date.UTC(2024, 2, 15, 9, 30), app: { name: 'Coffee Chat', version: '0.1.0' } };

/** A small second table keeps these tests about the format, not about every real table. */
const Note = z.object({ id: z.string(), contactId: z.string(), text: z.string().max(50) });
const notesTable: BackupTableSpec = { name: 'notes', schema: Note, key: 'id', contactIdFields: ['contactId'] };
const specs = [contactsTable, notesTable];

function fileWith(tables: Record<string, unknown[]>, envelope: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'coffee-chat-backup',
    version: 1,
    exportedAt: '2024-03-15T09:30:00.000Z',
    app: { name: 'Coffee Chat', version: '0.1.0' },
    tables,
    ...envelope,
  });
}

function errorOf(text: string): string {
  const result = parseBackup(text, specs);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('buildBackup / parseBackup', () => {
  it('round-trips: the parsed tables equal the input and rebuilding gives the same bytes', () => {
    const contacts = [
      aContact({ fullName: 'Ana Lima', tags: ['ux', 'alumni'], notes: 'Met at the meetup.\nFollow up in May.' }),
      aContact({ fullName: 'Zoë 🌱 Okafor', stage: 'scheduled', referredById: 'c-1', profileUrl: undefined }),
    ];
    const notes = [{ id: 'n1', contactId: contacts[0]!.id, text: 'hello' }];
    const text = buildBackup({ notes, contacts }, meta);

    const result = parseBackup(text, specs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.tables).toEqual({ contacts, notes });
    expect(backupRows(result.backup, contactsTable)).toEqual(contacts);
    expect(result.backup.exportedAt).toBe('2024-03-15T09:30:00.000Z');
    expect(buildBackup(result.backup.tables, meta)).toBe(text);
  });

  it('writes a readable envelope first and sorted keys inside, whatever order records were built in', () => {
    const text = buildBackup({ contacts: [{ b: 1, a: { d: 1, c: 2 } }] }, meta);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'app', 'tables']);
    // One line per row: two exports diff row by row.
    expect(text).toContain('\n      {"a":{"c":2,"d":1},"b":1}\n');
    expect(buildBackup({ contacts: [{ a: { c: 2, d: 1 }, b: 1 }] }, meta)).toBe(text);
    expect(backupFileName(meta.exportedAt)).toBe('coffee-chat-backup-2024-03-15.json');
  });

  it('reads a backup from before a table existed, and sets aside tables it does not know', () => {
    const result = parseBackup(fileWith({ contacts: [], widgets: [{ id: 'm1' }] }), specs);
    expect(result).toMatchObject({ ok: true, ignoredTables: ['widgets'] });
    if (result.ok) expect(result.backup.tables).toEqual({ contacts: [], notes: [] });
  });

  it('says where a file is not JSON', () => {
    expect(errorOf('{\n  "format": "coffee-chat-backup",\n  "version" 1\n}')).toBe(
      "This file isn't valid JSON (line 3, column 13), so it isn't a Coffee Chat backup or it was damaged.",
    );
    expect(errorOf('hello')).toMatch(/isn't valid JSON/);
    expect(errorOf('   ')).toMatch(/empty/);
    expect(errorOf('Notes:\n"When exporting your connection data…"')).toMatch(/Connections\.csv/);
  });

  it('recognises a cut-off file', () => {
    const full = buildBackup({ contacts: [aContact()] }, meta);
    for (const cut of [full.length - 3, Math.floor(full.length / 2), 40]) {
      expect(errorOf(full.slice(0, cut))).toMatch(/ends too early: it looks cut off/);
    }
  });

  it('refuses files of another format', () => {
    expect(errorOf(JSON.stringify({ format: 'other-app', version: 1 }))).toBe(
      `This isn't a Coffee Chat backup: its "format" is "other-app", not "coffee-chat-backup".`,
    );
    expect(errorOf('{"contacts": []}')).toMatch(/no "format": "coffee-chat-backup" field/);
    expect(errorOf('[1, 2]')).toMatch(/holds a list, not a backup/);
  });

  it('asks for an update when the backup is from a newer version', () => {
    expect(errorOf(fileWith({}, { version: 2 }))).toBe(
      'This backup was made by a newer Coffee Chat (version 2); update the extension and try again.',
    );
  });

  it('names the header field that is damaged', () => {
    expect(errorOf(fileWith({}, { exportedAt: 'yesterday' }))).toMatch(/header is damaged: exportedAt must be a date and time/);
    expect(errorOf(fileWith({ contacts: {} as unknown as unknown[] }))).toMatch(/tables\.contacts must be a list/);
  });

  it('names the record and field that break a table schema, and refuses the whole file', () => {
    const rows: unknown[] = Array.from({ length: 13 }, () => aContact());
    rows[12] = { ...aContact(), fullName: 'Ana Lima', profileUrl: 'https://example.com/in/ana' };
    // Counted from 1 and named, as a person reading the file would find the row.
    expect(errorOf(fileWith({ contacts: rows }))).toBe(
      "This backup has records Coffee Chat can't use, so nothing was imported:\nContact 13 (Ana Lima): profileUrl must be a linkedin.com/in/ link.",
    );

    const many = [{ id: 'a' }, ...Array.from({ length: 6 }, (_, i) => ({ id: `x${i}`, contactId: 'c', text: 5 }))];
    const error = errorOf(fileWith({ notes: many }));
    expect(error).toContain('notes[0]: contactId is missing');
    expect(error).toContain('notes[1]: text must be text (found a number)');
    expect(error).toMatch(/…and 2 more\.$/);

    const { fullName: _, ...nameless } = aContact();
    expect(errorOf(fileWith({ contacts: [nameless] }))).toContain('Contact 1: fullName is missing');
    expect(errorOf(fileWith({ contacts: [{ ...aContact(), stage: 'hired' }] }))).toMatch(/Contact 1 \(Person \d+\): stage must be one of "identified"/);
    expect(errorOf(fileWith({ contacts: ['Ana'] }))).toContain('Contact 1: must be an object (found text)');
  });

  it('refuses two records with the same key', () => {
    const contact = aContact();
    expect(errorOf(fileWith({ contacts: [contact, { ...contact, profileUrl: undefined }] }))).toContain(
      `Contact 2 (${contact.fullName}): id "${contact.id}" is used twice (also by Contact 1 (${contact.fullName}))`,
    );
  });

  describe('hostile files', () => {
    it('drops unsafe keys even when they are spelled with \\u escapes', () => {
      const spelled = String.raw`{"a":{"\u005f_proto__":{"x":1},"constr\u0075ctor":2,"ok":3}}`;
      const parsed = parseJsonText(spelled);
      expect(parsed.ok && Object.keys((parsed.value as { a: object }).a)).toEqual(['ok']);
      const plain = parseJsonText('{"a":{"__proto__":{"x":1},"ok":3}}');
      expect(plain.ok && Object.keys((plain.value as { a: object }).a)).toEqual(['ok']);
    });

    it('cannot reach Object.prototype through __proto__ or constructor keys', () => {
      const text = fileWith({ contacts: [aContact()] })
        .replace('{"format"', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"')
        .replace('"tables":{', '"tables":{"__proto__":[{"polluted":"yes"}],')
        .replace('"contacts":[{', '"contacts":[{"__proto__":{"isAdmin":true},');
      expect(text).toContain('"__proto__":{"isAdmin":true}');
      const result = parseBackup(text, specs);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(Object.getPrototypeOf(result.backup)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.backup.tables)).toBe(Object.prototype);
      const row = result.backup.tables.contacts?.[0] as Record<string, unknown>;
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect(row.isAdmin).toBeUndefined();
      expect(result.ignoredTables).toEqual([]);
    });

    it('keeps HTML as literal text', () => {
      const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
      const result = parseBackup(fileWith({ contacts: [aContact({ fullName: name, notes: '<b>bold</b> &amp;' })] }), specs);
      expect(result.ok && backupRows(result.backup, contactsTable)[0]).toMatchObject({ fullName: name, notes: '<b>bold</b> &amp;' });
    });

    it('rejects oversized strings through the schema limits', () => {
      const error = errorOf(fileWith({ contacts: [{ ...aContact(), fullName: 'A'.repeat(1_000_000) }] }));
      expect(error).toContain('fullName is too long (1,000,000 characters; at most 300)');
      expect(error.length).toBeLessThan(300);
      expect(errorOf(fileWith({ contacts: [{ ...aContact(), notes: 'x'.repeat(100_001) }] }))).toContain('notes is too long');
    });
  });
});
