import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportText, importBackup } from '../helpers/backup-text';
import { addContact } from '@/lib/db/contacts';
import { cancelMeeting, scheduleMeeting } from '@/lib/db/pipeline';
import { rederiveAll, rederiveContacts } from '@/lib/db/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { defaultSettings, loadSettings, storeSettings } from '@/lib/settings';
import { CoffeeChatDB } from '@/lib/db/database';
import { freshDb } from '../helpers/db';
import { aContact } from '../backup/contacts-fixture';

const NOW = Date.UTC(2026, 10, 23, 12);
const NEXT_WEEK = { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' };

describe('backup through the database', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips every table and the settings into an empty database', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    await addContact(db, { fullName: 'Ben Okafor', referredById: ana.id }, NOW);
    await scheduleMeeting(db, ana.id, NEXT_WEEK, NOW);
    await rederiveAll(db, { settings: DEFAULT_REMINDER_SETTINGS, now: NOW });
    await storeSettings({ ...defaultSettings(), me: { myName: 'Sam', myBackground: '', myInterest: 'UX research', mySchool: '' } });
    const { text } = await exportText(db, NOW);

    await fakeBrowser.storage.local.clear();
    const other = freshDb();
    const report = await importBackup(other, text, NOW);
    expect(report).toMatchObject({ added: 2, rejected: [] });
    for (const table of ['contacts', 'events', 'meetings', 'reminders', 'templates'] as const) {
      const sort = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(sort(await other[table].toArray()), table).toEqual(sort(await db[table].toArray()));
    }
    expect((await loadSettings()).me.myName).toBe('Sam');
  });

  it('a table longer than one read page comes out whole: every row once, in key order, the same file as a restore of it writes', async () => {
    const db = freshDb();
    // Four and a bit pages (they are 1,000 rows): the page after the last key, asked for while
    // the one before is written out, must neither skip nor repeat a row.
    const contacts = Array.from({ length: 4_321 }, (_, i) => aContact({ id: `c-${String(i).padStart(5, '0')}`, profileUrl: undefined }));
    await db.contacts.bulkAdd([...contacts].reverse());
    const { text } = await exportText(db, NOW);
    const ids = (JSON.parse(text) as { tables: { contacts: Array<{ id: string }> } }).tables.contacts.map((c) => c.id);
    expect(ids).toEqual(contacts.map((c) => c.id));

    const other = freshDb();
    expect(await importBackup(other, text, NOW)).toMatchObject({ added: 4_321, rejected: [] });
    expect((await exportText(other, NOW)).text.replace(/"reminders": \[[^\]]*\]/, '')).toBe(text.replace(/"reminders": \[[^\]]*\]/, ''));
  });

  it('an older backup never reopens a meeting cancelled since, or its reminders', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    const meeting = await scheduleMeeting(db, ana.id, NEXT_WEEK, NOW);
    await rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: NOW });
    const { text } = await exportText(db, NOW);

    await cancelMeeting(db, meeting.id, NOW + 1000);
    await rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: NOW + 1000 });
    const before = await db.reminders.toArray();
    await importBackup(db, text, NOW + 2000);
    expect((await db.meetings.get(meeting.id))?.status).toBe('cancelled');
    expect(await db.reminders.toArray()).toEqual(before);
  });

  it('a save racing the import (another connection, as the background is) is merged against, never a failed import', async () => {
    const db = freshDb();
    for (const name of ['Ana Lima', 'Ben Okafor', 'Chen Wei']) await addContact(db, { fullName: name }, NOW);
    const { text } = await exportText(db, NOW);
    const page = freshDb();
    const background = new CoffeeChatDB(page.name);
    const [report, racing] = await Promise.all([importBackup(page, text, NOW + 1000), addContact(background, { fullName: 'Dana Whitfield' }, NOW + 1000)]);
    expect(report).toMatchObject({ added: 3, rejected: [] });
    expect((await page.contacts.toArray()).map((c) => c.fullName).sort()).toEqual(['Ana Lima', 'Ben Okafor', 'Chen Wei', 'Dana Whitfield']);
    expect(await page.contacts.get(racing.id)).toBeDefined();
    background.close();
  });
});
