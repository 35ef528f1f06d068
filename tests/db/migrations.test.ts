import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CoffeeChatDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V4, SCHEMA_V5 } from '@/lib/db/database';
import { countByStage } from '@/lib/workspace/queries';
import { Template } from '@/lib/templates/template';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';

/** Real data as version 1 of Coffee Chat wrote it (before tags/notes had defaults on disk). */
const V1_CONTACTS = [
  {
    id: 'c1',
    profileUrl: 'https://www.linkedin.com/in/priya-raman-ux/',
    fullName: 'Priya Raman',
    firstName: 'Priya',
    lastName: 'Raman',
    headline: 'Senior UX Researcher at Northwind Health',
    location: 'Toronto, Ontario, Canada',
    currentTitle: 'Senior UX Researcher',
    currentCompany: 'Northwind Health',
    experience: [{ title: 'Senior UX Researcher', company: 'Northwind Health', start: 'Mar 2022', end: 'Present' }],
    education: [{ school: 'University of Waterloo', degree: 'MASc' }],
    capturedAt: 1_700_000_000_000,
    extractorVersion: '1.0.0',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    stage: 'requested',
    tags: ['ux'],
    notes: 'Met at the UX meetup',
    captureWarnings: [],
  },
  {
    id: 'c2',
    profileUrl: 'https://www.linkedin.com/in/abgargulo/',
    fullName: 'Abgar Gulo <b>',
    experience: [],
    education: [],
    capturedAt: 1_700_000_000_000,
    extractorVersion: '1.0.0',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
];

async function writeV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('contacts').bulkAdd(V1_CONTACTS);
  v1.close();
}

const LATEST = 6;

describe('database migrations', () => {
  it('v1 → v2 keeps every contact and field, fills the new defaults and seeds templates', async () => {
    const name = `migrate-${Math.random()}`;
    await writeV1(name);

    const db = new CoffeeChatDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST);

    const contacts = await db.contacts.orderBy('id').toArray();
    expect(contacts).toHaveLength(2);
    expect(contacts[0]).toEqual(V1_CONTACTS[0]);
    expect(contacts[1]).toEqual({ ...V1_CONTACTS[1], tags: [], notes: '', captureWarnings: [], stage: 'identified' });
    // The unique index on the canonical URL still holds after the upgrade.
    await expect(db.contacts.add({ ...contacts[0]!, id: 'dup' })).rejects.toThrow();
    // New indexes work on migrated data.
    expect(await db.contacts.where('[stage+updatedAt]').between(['requested', Dexie.minKey], ['requested', Dexie.maxKey]).count()).toBe(1);
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    db.close();
  });

  it('a brand-new database starts at the latest version with the default templates', async () => {
    const db = new CoffeeChatDB(`fresh-${Math.random()}`);
    await db.open();
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    db.close();
  });

  it('v2 → v3 gives shipped templates a date in range, so a backup of them imports again', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    // What v2 seeded: shipped templates dated 1970 (0).
    await v2.table('templates').bulkAdd(DEFAULT_TEMPLATES.map((t) => ({ ...t, createdAt: 0, updatedAt: 0 })));
    await v2.table('templates').add({ ...DEFAULT_TEMPLATES[0]!, id: 'mine', isDefault: false, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 });
    v2.close();

    const db = new CoffeeChatDB(name);
    await db.open();
    for (const row of await db.templates.toArray()) expect(Template.safeParse(row).success, row.id).toBe(true);
    expect((await db.templates.get('mine'))?.createdAt).toBe(1_700_000_000_000);
    db.close();
  });

  it('v2 → v5 keeps every row of every table and adds empty stores of committed requests and meta', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const rows = {
      contacts: [{ ...V1_CONTACTS[0], id: 'c1' }],
      events: [{ id: 'e1', contactId: 'c1', at: 1_700_000_000_000, type: 'outreach-sent', cause: 'Marked as sent' }],
      meetings: [{ id: 'm1', contactId: 'c1', start: 1_700_100_000_000, durationMinutes: 20, timeZone: 'UTC', place: 'x', format: 'coffee', status: 'scheduled', createdAt: 1 }],
      reminders: [{ id: 'r1', contactId: 'c1', kind: 'nudge', dueAt: 2, status: 'pending', sourceKey: 'nudge:c1:e1', createdAt: 1 }],
      outreach: [{ id: 'o1', contactId: 'c1', sentAt: 1, kind: 'cold-ask', channel: 'linkedin', text: 'Hi' }],
      templates: [{ id: 't1', name: 'Mine', kind: 'custom', channel: 'email', body: 'Hi', isDefault: false, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 }],
      interviews: [{ id: 'i1', contactId: 'c1', createdAt: 1, updatedAt: 1 }],
    };
    for (const [table, list] of Object.entries(rows)) await v2.table(table).bulkAdd(list);
    v2.close();

    const db = new CoffeeChatDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    for (const [table, list] of Object.entries(rows)) expect(await db.table(table).toArray(), table).toEqual(list);
    expect(await db.requests.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    await db.requests.add({ id: 'q1', type: 'markSent', result: { outreachId: 'o1' }, at: 1 });
    expect(await db.requests.where('at').below(2).count()).toBe(1);
    db.close();
  });

  it('v5 → v6 drops the two unused contact indexes and keeps every contact; stage counts still come from an index', async () => {
    const name = `migrate-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    const contacts = [
      { ...V1_CONTACTS[0], id: 'c1', stage: 'requested' },
      { ...V1_CONTACTS[1], id: 'c2', tags: [], notes: '', captureWarnings: [], stage: 'requested', updatedAt: 1_700_000_200_000 },
      { ...V1_CONTACTS[0], id: 'c3', profileUrl: 'https://www.linkedin.com/in/chen-wei/', stage: 'thanked' },
    ];
    await v5.table('contacts').bulkAdd(contacts);
    v5.close();

    const db = new CoffeeChatDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.contacts.orderBy('id').toArray()).toEqual(contacts);
    const indexes = db.contacts.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[stage+updatedAt]', 'createdAt', 'fullName', 'profileUrl', 'referredById', 'updatedAt']);
    const counts = await countByStage(db);
    expect(counts.requested).toBe(2);
    expect(counts.thanked).toBe(1);
    expect(counts.identified).toBe(0);
    await expect(db.contacts.add({ ...contacts[0]!, id: 'dup' } as never)).rejects.toThrow();
    db.close();
  });
});
