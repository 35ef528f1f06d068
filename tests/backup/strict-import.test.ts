import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Profile } from '@/lib/capture/profile';
import { exportText, importBackup } from '../helpers/backup-text';
import { saveCapture } from '@/lib/db/contacts';
import type { CoffeeChatDB } from '@/lib/db/database';
import { defaultSettings, loadSettings, storeSettings } from '@/lib/settings';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';
import { dumpEverything, seedWorkspace, WORKSPACE_NOW as NOW } from '../helpers/workspace';

type Tables = Record<string, Array<Record<string, unknown>>>;

/** A valid backup of a seeded workspace, as parsed JSON to doctor. */
async function backupOf(db: CoffeeChatDB): Promise<{ file: { tables: Tables } & Record<string, unknown>; text: string }> {
  const { text } = await exportText(db, NOW);
  return { file: JSON.parse(text), text };
}

function contactRow(file: { tables: Tables }, name: string) {
  const row = file.tables.contacts?.find((c) => c.fullName === name);
  if (!row) throw new Error(`no ${name}`);
  return row;
}

/** Imports the doctored file into a workspace and checks it was refused with nothing changed. */
async function expectRefused(db: CoffeeChatDB, file: unknown, ...mentions: RegExp[]) {
  const before = await dumpEverything(db);
  const error = await importBackup(db, JSON.stringify(file), NOW + 1000).then(
    () => 'imported',
    (e: Error) => e.message,
  );
  expect(error).toMatch(/^This backup has records Coffee Chat can't use, so nothing was imported:\n/);
  for (const mention of mentions) expect(error).toMatch(mention);
  expect(await dumpEverything(db)).toBe(before);
  return error;
}

describe('a backup is checked as strictly as a capture', () => {
  let db: CoffeeChatDB;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    await seedWorkspace(db);
    await storeSettings({ ...defaultSettings(), accountType: 'premium', me: { myName: 'Sam', myBackground: 'a nurse', myInterest: 'UX', mySchool: '' } });
  });

  it('refuses a photo on another host, whole, naming the contact', async () => {
    const { file } = await backupOf(db);
    contactRow(file, 'Priya Raman').photoUrl = 'https://tracker.example/pixel.gif?u=1';
    await expectRefused(db, file, /Contact \d \(Priya Raman\): photoUrl must be a photo link on LinkedIn/);
  });

  it('refuses a profile link that walks out of /in/', async () => {
    const { file } = await backupOf(db);
    contactRow(file, 'Ana Lima').profileUrl = 'https://www.linkedin.com/in/../redir/redirect?url=https%3A%2F%2Fevil.example';
    await expectRefused(db, file, /Contact \d \(Ana Lima\): profileUrl must be a linkedin\.com\/in\/ link/);
  });

  it('refuses a javascript: company link', async () => {
    const { file } = await backupOf(db);
    const priya = contactRow(file, 'Priya Raman');
    (priya.experience as Array<Record<string, unknown>>)[0]!.companyUrl = 'javascript:alert(document.cookie)';
    await expectRefused(db, file, /Contact \d \(Priya Raman\): experience\[0\]\.companyUrl must be a LinkedIn company or school link/);
  });

  it('refuses a date no calendar can show', async () => {
    const { file } = await backupOf(db);
    contactRow(file, 'Ana Lima').updatedAt = 9e15;
    file.tables.meetings![0]!.start = 9e15;
    await expectRefused(db, file, /Contact \d \(Ana Lima\): updatedAt must be a date between 1990 and 2100\./, /Meeting 1: start must be a date/);
  });

  it('refuses events, reminders and referrers that point at no contact, or a contact at itself', async () => {
    const { file } = await backupOf(db);
    file.tables.events![0]!.contactId = 'nobody';
    file.tables.reminders![0]!.contactId = 'nobody';
    const ben = contactRow(file, 'Ben Okafor');
    ben.referredById = ben.id;
    await expectRefused(
      db,
      file,
      /Timeline event 1 belongs to a contact who is neither in this file nor in your contacts\./,
      /Reminder 1 belongs to a contact/,
      /Contact \d \(Ben Okafor\) is marked as referred by themselves\./,
    );

    const again = (await backupOf(db)).file;
    contactRow(again, 'Ben Okafor').referredById = 'gone';
    await expectRefused(db, again, /Contact \d \(Ben Okafor\) is referred by someone who is neither in this file nor in your contacts\./);
  });

  it('accepts rows that point at a contact already saved but not in the file', async () => {
    const { file } = await backupOf(db);
    const ana = contactRow(file, 'Ana Lima');
    file.tables.contacts = file.tables.contacts!.filter((c) => c !== ana);
    const report = await importBackup(db, JSON.stringify(file), NOW + 1000);
    expect(report.rejected).toEqual([]);
  });

  it('refuses the same person twice in one file (another letter case), importing no one', async () => {
    const other = freshDb();
    const { file } = await backupOf(db);
    const priya = contactRow(file, 'Priya Raman');
    file.tables.contacts!.push({ ...priya, id: 'priya-again', profileUrl: 'https://www.linkedin.com/in/Priya-Raman-UX/' });
    await expectRefused(other, file, /Contact 4 \(Priya Raman\) is the same person as Contact \d \(Priya Raman\)/);
    expect(await other.contacts.count()).toBe(0);
  });

  it('refuses a template with an unknown {{variable}}, as the template editor does', async () => {
    const { file } = await backupOf(db);
    file.tables.templates![0]!.body = 'Hi {{fristName}}, {{evil.constructor}}';
    await expectRefused(db, file, /Template 1 \(.+\): body: Unknown variable \{\{fristName\}\} — did you mean \{\{firstName\}\}\?/);
  });

  it('refuses a settings row that would reset every setting to its default', async () => {
    const { file } = await backupOf(db);
    file.tables.settings = [{ key: 'settings' }];
    await expectRefused(db, file, /Settings 1: is incomplete/);
    expect((await loadSettings()).me.myName).toBe('Sam');
  });

  it('imports a backup made before the automatic backup existed, and a restore never flips this browser\'s switch', async () => {
    const { file } = await backupOf(db);
    // A file from the previous version: its settings row has no autoBackup.
    delete file.tables.settings![0]!.autoBackup;
    file.tables.settings![0]!.me = { ...(file.tables.settings![0]!.me as object), myName: 'Sam from the file' };
    await storeSettings({ ...(await loadSettings()), autoBackup: true });
    await importBackup(db, JSON.stringify(file), NOW + 1000);
    expect((await loadSettings()).me.myName).toBe('Sam from the file');
    expect((await loadSettings()).autoBackup).toBe(true);

    // A newer file that says off does not turn it off either: the switch needs this browser's permission.
    file.tables.settings![0]!.autoBackup = false;
    await importBackup(db, JSON.stringify(file), NOW + 2000);
    expect((await loadSettings()).autoBackup).toBe(true);
  });

  it('stores a profile link in another letter case under the canonical form, so saving them again finds them', async () => {
    const other = freshDb();
    const { file } = await backupOf(db);
    contactRow(file, 'Ana Lima').profileUrl = 'https://de.linkedin.com/in/Ana-Lima?trk=x';
    await importBackup(other, JSON.stringify(file), NOW);
    const ana = await other.contacts.where('fullName').equals('Ana Lima').first();
    expect(ana?.profileUrl).toBe('https://www.linkedin.com/in/ana-lima/');
    const again = await saveCapture(other, { profile: Profile.parse(aProfile({ fullName: 'Ana Lima', profileUrl: 'https://www.linkedin.com/in/ana-lima/' })), warnings: [] }, NOW + 1);
    expect(again.status).toBe('updated');
    expect(await other.contacts.count()).toBe(3);
  });

  it('accepts its own export unchanged', async () => {
    const { text } = await backupOf(db);
    const before = await dumpEverything(db);
    await importBackup(db, text, NOW + 1000);
    expect(await dumpEverything(db)).toBe(before);
  });
});
