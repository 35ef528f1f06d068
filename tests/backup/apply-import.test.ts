import Dexie, { type EntityTable } from 'dexie';
import { applyImport, repointRow } from '@/lib/backup/apply-import';
import { planContactImport } from '@/lib/backup/import-plan';
import type { Contact } from '@/lib/contacts/contact';
import { aContact } from './contacts-fixture';

interface Note {
  id: string;
  contactId: string;
  text: string;
  updatedAt?: number;
}

/** The smallest database with the real contacts indexes and one table that points at contacts. */
function testDb() {
  const db = new Dexie(`backup-apply-${Math.random().toString(36).slice(2)}`) as Dexie & {
    contacts: EntityTable<Contact, 'id'>;
    notes: EntityTable<Note, 'id'>;
  };
  db.version(1).stores({ contacts: 'id, &profileUrl', notes: 'id, contactId' });
  return db;
}

async function snapshot(db: ReturnType<typeof testDb>) {
  return { contacts: await db.contacts.toArray(), notes: await db.notes.toArray() };
}

const NOW = 1_800_000_000_000;
const notesOf = (rows: Note[]) => [{ table: 'notes', rows, contactIdFields: ['contactId'] }];

describe('applyImport', () => {
  it('adds, merges and writes related rows re-pointed to the merged contact', async () => {
    const db = testDb();
    const saved = aContact({ id: 'ana', headline: 'Old' });
    await db.contacts.add(saved);
    const incoming = [{ ...saved, id: 'ana-backup', headline: 'New', updatedAt: saved.updatedAt + 1 }, aContact({ id: 'sam' })];
    const plan = planContactImport([saved], incoming, NOW);

    const result = await applyImport(db, plan, notesOf([
      { id: 'n1', contactId: 'ana-backup', text: 'about Ana' },
      { id: 'n2', contactId: 'sam', text: 'about Sam' },
    ]));

    expect(result).toEqual({
      ok: true,
      report: { contactsAdded: 1, contactsMerged: 1, related: { notes: { written: 2, keptNewer: 0, skipped: 0 } } },
    });
    expect((await db.contacts.get('ana'))?.headline).toBe('New');
    expect(await db.contacts.count()).toBe(2);
    expect(await db.notes.where('contactId').equals('ana').count()).toBe(1);
  });

  it('changes nothing when a write fails part-way (a related row without a key)', async () => {
    const db = testDb();
    const saved = aContact({ id: 'ana' });
    await db.contacts.add(saved);
    await db.notes.add({ id: 'n0', contactId: 'ana', text: 'kept' });
    const before = await snapshot(db);

    const plan = planContactImport([saved], [{ ...saved, notes: 'merged', updatedAt: saved.updatedAt + 1 }, aContact()], NOW);
    const result = await applyImport(db, plan, notesOf([
      { id: 'n1', contactId: 'ana', text: 'fine' },
      { contactId: 'ana', text: 'no id' } as Note,
    ]));

    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Nothing was imported: .*Your data is unchanged\.$/) });
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing when a contact clashes with a saved profile URL', async () => {
    const db = testDb();
    const saved = aContact();
    await db.contacts.add(saved);
    const before = await snapshot(db);
    // A hand-made plan that skips the merge the planner would have made.
    const plan = planContactImport([], [aContact({ id: 'fresh' }), { ...saved, id: 'clash' }], NOW);

    const result = await applyImport(db, plan, notesOf([{ id: 'n1', contactId: 'fresh', text: 'x' }]));

    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('clashes with one already saved') });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan made before the contact was edited', async () => {
    const db = testDb();
    const saved = aContact();
    await db.contacts.add(saved);
    const plan = planContactImport([saved], [{ ...saved, headline: 'From backup', updatedAt: saved.updatedAt + 1 }, aContact()], NOW);
    await db.contacts.update(saved.id, { notes: 'typed meanwhile', updatedAt: saved.updatedAt + 5 });
    const before = await snapshot(db);

    const result = await applyImport(db, plan);

    expect(result).toEqual({ ok: false, error: `Nothing was imported: ${saved.fullName} changed while the import was being prepared. Try the import again.` });
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps a related row edited after the backup, and drops rows of rejected contacts', async () => {
    const db = testDb();
    await db.notes.add({ id: 'n1', contactId: 'a', text: 'edited later', updatedAt: 20 });
    const plan = planContactImport([], [aContact({ id: 'a' }), { ...aContact(), id: 'bad', fullName: '' }], NOW);

    const result = await applyImport(db, plan, notesOf([
      { id: 'n1', contactId: 'a', text: 'from backup', updatedAt: 10 },
      { id: 'n2', contactId: 'bad', text: 'orphan' },
    ]));

    expect(result).toMatchObject({ ok: true, report: { related: { notes: { written: 0, keptNewer: 1, skipped: 1 } } } });
    expect(await db.notes.toArray()).toEqual([{ id: 'n1', contactId: 'a', text: 'edited later', updatedAt: 20 }]);
  });
});

describe('repointRow', () => {
  it('follows ids in single fields and lists, and leaves absent fields absent', () => {
    const idMap = { old: 'new' };
    expect(repointRow({ id: 'm', contactId: 'old', attendeeIds: ['old', 'other'] }, ['contactId', 'attendeeIds', 'missing'], idMap)).toEqual({
      id: 'm',
      contactId: 'new',
      attendeeIds: ['new', 'other'],
    });
  });
});
