import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { fixturePath, sharedManifest } from './linkedin-routes';
import { ProfilePage } from './pages';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;
const RIGHT = 'Senior UX Researcher at Northwind Health | Mixed-methods research for patient-facing products';
// A headline the user knows is out of date (a chip that repeats the company would be caught by
// the capture's own self-check; this one only the user can spot).
const WRONG = 'UX Researcher at Lumen Bank';

test('after Save the card shows what was stored; Edit fixes a wrong headline, and re-saving keeps the fix', async ({
  context,
  linkedin,
  serviceWorker,
}) => {
  linkedin.serveHtml(priya.url, readFileSync(fixturePath(priya), 'utf8').replace(`>${RIGHT}<`, `>${WRONG}<`));
  const page = await context.newPage();
  const profile = await new ProfilePage(page).open(priya.url);

  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  const review = await profile.review();
  expect(review).toContain('Name Priya Raman');
  expect(review).toContain(`Headline ${WRONG}`);
  expect(review).toContain('Current role Senior UX Researcher at Northwind Health');
  expect(review).toContain('Experience 4 roles');
  expect(review).toContain('Education 2 schools');

  await profile.click('edit');
  await profile.fill('headline', RIGHT);
  await profile.click('apply');
  await expect.poll(() => profile.status()).toBe('Correction saved ✓');
  expect(await profile.review()).toContain(`Headline ${RIGHT} (your edit)`);
  const [stored] = await readTable<{ headline: string; editedFields: string[] }>(serviceWorker, 'contacts');
  expect(stored).toMatchObject({ headline: RIGHT, editedFields: ['headline'] });

  // The page still shows the chip where the headline should be: a re-save keeps the fix…
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Updated ✓');
  expect(await profile.review()).toContain(`Headline ${RIGHT} (your edit)`);

  // …and so does one from a fresh load of the page, in a new document.
  await page.reload();
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Updated ✓');
  const contacts = await readTable<{ headline: string; fullName: string }>(serviceWorker, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({ fullName: 'Priya Raman', headline: RIGHT });
});

test('Cancel leaves the stored record as it was', async ({ context, linkedin, serviceWorker }) => {
  linkedin.serve(priya.url, fixturePath(priya));
  const profile = await new ProfilePage(await context.newPage()).open(priya.url);
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  const before = await readTable(serviceWorker, 'contacts');

  await profile.click('edit');
  await profile.fill('fullName', 'Someone Else');
  await profile.click('cancel');
  expect(await profile.review()).toContain('Name Priya Raman');
  expect(await readTable(serviceWorker, 'contacts')).toEqual(before);
});
