import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { sharedManifest } from './linkedin-routes';
import { saveFixture } from './flows';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;
const eduardo = sharedManifest().find((f) => f.file === 'public-2024-logged-out/profile-1.html')!;

interface Row {
  id: string;
  fullName: string;
  referredById?: string;
}

test('log an interview with a referral, export, delete everything, import, and find it all back', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const priyaId = await saveFixture(context, linkedin, serviceWorker, priya);
  await saveFixture(context, linkedin, serviceWorker, eduardo);

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts/${priyaId}`);
  await page.getByText('Interview log', { exact: true }).click();
  await page.getByRole('button', { name: 'Add takeaway' }).click();
  await page.getByLabel('Takeaway 1', { exact: true }).fill('Recruit patients through clinic staff, not ads');
  await page.getByRole('button', { name: 'Add a person to talk to' }).click();
  await page.getByRole('group', { name: /Person 1/ }).getByLabel('Name', { exact: true }).fill('Dana Whitfield');
  await page.getByRole('button', { name: 'Save interview log' }).click();

  await expect.poll(async () => (await readTable<Row>(serviceWorker, 'contacts')).length).toBe(3);
  const dana = (await readTable<Row>(serviceWorker, 'contacts')).find((c) => c.fullName === 'Dana Whitfield');
  expect(dana?.referredById).toBe(priyaId);
  const before = {
    contacts: await readTable<Row>(serviceWorker, 'contacts'),
    interviews: await readTable(serviceWorker, 'interviews'),
    events: await readTable(serviceWorker, 'events'),
  };
  expect(before.interviews).toHaveLength(1);

  await page.goto(`chrome-extension://${extensionId}/workspace.html#/backup`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await downloading).path();
  const backup = readFileSync(file, 'utf8');
  expect(JSON.parse(backup).format).toBe('coffee-chat-backup');

  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: /delete all data/i }).click();
  await expect.poll(async () => (await readTable(serviceWorker, 'contacts')).length).toBe(0);
  expect(await readTable(serviceWorker, 'interviews')).toHaveLength(0);

  await page.getByLabel('Import backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByText(/3 added/i)).toBeVisible();

  const byId = (rows: Row[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(await readTable<Row>(serviceWorker, 'contacts'))).toEqual(byId(before.contacts));
  expect(await readTable(serviceWorker, 'interviews')).toEqual(before.interviews);
  expect((await readTable(serviceWorker, 'events')).length).toBe(before.events.length);
});

test('a broken backup changes nothing and says what is wrong', async ({ context, linkedin, serviceWorker, extensionId }) => {
  await saveFixture(context, linkedin, serviceWorker, priya);
  const before = await readTable(serviceWorker, 'contacts');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/workspace.html#/backup`);
  await page.getByLabel('Import backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"coffee-chat-backup","version":1,"tables":{"contacts":[{"id":'),
  });
  await expect(page.getByRole('alert')).toContainText(/JSON|truncated|cut off|incomplete|line/i);
  expect(await readTable(serviceWorker, 'contacts')).toEqual(before);
});
