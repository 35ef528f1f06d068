import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { fixturePath, OWN_FIXTURES, sharedManifest, type FixtureEntry } from './linkedin-routes';
import { saveFixture } from './flows';
import { ProfilePage } from './pages';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;
const variants: FixtureEntry[] = JSON.parse(readFileSync(path.join(OWN_FIXTURES, 'variants.json'), 'utf8')).fixtures;
const variant = (file: string) => variants.find((v) => v.file === file)!;
const jorg = variant('sdui-de-joerg-mueller.html');
const hostile = variant('sdui-hostile.html');
const lazy = variant('sdui-lazy-dana-whitfield.html');
const twins = variant('sdui-h1-twin-spans-ines-vukovic.html');
const unstyled = variant('sdui-unstyled-topcard-nour-aboutaleb.html');
const detailsPage = variant('sdui-details-experience-dana-okafor.html');

test('after an in-page navigation the button follows the new profile and saves the new person', async ({
  context,
  linkedin,
  serviceWorker,
}) => {
  linkedin.serve(priya.url, fixturePath(priya));
  const page = await context.newPage();
  const profile = await new ProfilePage(page).open(priya.url);
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');

  // Opening an overlay of the same profile keeps the state: it is still Priya.
  await page.evaluate(() => history.pushState({}, '', '/in/priya-raman-ux/overlay/contact-info/'));
  await page.waitForTimeout(300);
  await expect.poll(() => profile.status()).toBe('Saved ✓');

  // What LinkedIn's router does: new content, then history.pushState — no page load.
  const html = readFileSync(fixturePath(jorg, OWN_FIXTURES), 'utf8');
  await page.evaluate(
    ({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.importNode(next.body, true));
      document.title = next.title;
      history.pushState({}, '', url);
    },
    { html, url: jorg.url },
  );
  await expect.poll(() => profile.saveLabel()).toBe('Save to Coffee Chat');
  await expect.poll(() => profile.status()).toBe('');
  await expect.poll(() => profile.hostCount()).toBe(1);

  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  await expect.poll(() => profile.hostCount()).toBe(1);
  const names = (await readTable<{ fullName: string; profileUrl: string }>(serviceWorker, 'contacts')).map((c) => c.fullName);
  expect(names.sort()).toEqual(['Jörg Müller', 'Priya Raman']);
});

test('on a 2026 "Show all experiences" page every role is saved, and Education is said to be kept as saved', async ({
  context,
  linkedin,
  serviceWorker,
}) => {
  linkedin.serve(detailsPage.url, fixturePath(detailsPage, OWN_FIXTURES));
  const profile = await new ProfilePage(await context.newPage()).open(detailsPage.url);
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  // The section the page lists crosses the reader → background protocol beside the canonical url.
  expect(await profile.warnings()).toContain('This page lists only Experience, so Education was not read: what is already saved under Education is kept');
  const [contact] = await readTable<{ profileUrl: string; location?: string; experience: unknown[] }>(serviceWorker, 'contacts');
  expect(contact?.profileUrl).toBe('https://www.linkedin.com/in/dana-okafor/');
  expect(contact?.experience).toHaveLength(Number(detailsPage.expect.experienceCount));
  expect(contact?.location).toBeUndefined();
});

test('a profile whose Experience has not loaded yet is saved with a warning that says what to do', async ({
  context,
  linkedin,
  serviceWorker,
}) => {
  linkedin.serve(lazy.url, fixturePath(lazy, OWN_FIXTURES));
  const profile = await new ProfilePage(await context.newPage()).open(lazy.url);
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  await expect.poll(async () => (await profile.warnings())[0]).toContain('Experience not loaded yet — scroll down and save again');
  expect(await readTable(serviceWorker, 'contacts')).toHaveLength(1);
});

test('re-saving merges: new details update, notes stay, and a job change is noticed', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(
    await popup.evaluate(
      (contactId) => chrome.runtime.sendMessage({ type: 'updateContact', data: { id: contactId, patch: { notes: 'Met at UX Toronto', tags: ['ux'] } }, requestId: crypto.randomUUID() }),
      id,
    ),
  ).toMatchObject({ ok: true });

  // Priya moved to another company since.
  const moved = readFileSync(fixturePath(priya), 'utf8')
    .replace('Senior UX Researcher at Northwind Health | Mixed', 'Head of Research at Contoso Care | Mixed')
    .replace('<p class="_e1">Senior UX Researcher</p>', '<p class="_e1">Head of Research</p>')
    .replaceAll('Northwind Health · Full-time', 'Contoso Care · Full-time')
    .replaceAll('>Northwind Health</a>', '>Contoso Care</a>')
    .replaceAll('/company/northwind-health/', '/company/contoso-care/');
  linkedin.serveHtml(priya.url, moved);
  const profile = await new ProfilePage(await context.newPage()).open(priya.url);
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Updated ✓');
  await expect.poll(async () => (await profile.warnings())[0]).toContain('Priya Raman changed jobs since you saved them');

  const contacts = await readTable<Record<string, unknown>>(serviceWorker, 'contacts');
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    id,
    notes: 'Met at UX Toronto',
    tags: ['ux'],
    currentCompany: 'Contoso Care',
    currentTitle: 'Head of Research',
    jobChange: { fromCompany: 'Northwind Health', toCompany: 'Contoso Care' },
  });
});

test('hostile text is stored and shown as text, never run or rendered as markup', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, hostile, OWN_FIXTURES);
  const [stored] = await readTable<{ fullName: string; headline: string }>(serviceWorker, 'contacts');
  expect(stored).toMatchObject({ fullName: hostile.expect.fullName, headline: hostile.expect.headline });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup.getByTestId('contact-row').first();
  await expect(row).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(row).toContainText('Hi {{myName}} — I write <b>bold</b>');
  await expect(row.locator('img, b')).toHaveCount(0);

  await popup.getByRole('button', { name: /Draft a message to/ }).click();
  await expect(popup.getByLabel('Draft', { exact: true })).toHaveValue(/<script>alert\(1\)<\/script> Corp/);

  const workspace = await context.newPage();
  await workspace.goto(`chrome-extension://${extensionId}/workspace.html#/contacts/${id}`);
  await expect(workspace.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  await expect(workspace.locator('main img[src="x"], main script, main b')).toHaveCount(0);

  for (const page of [popup, workspace]) {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
});

test('the in-page button can be switched off in Settings; saving from the keyboard or menu still works', async ({
  context,
  linkedin,
  extensionId,
  serviceWorker,
}) => {
  linkedin.serve(priya.url, fixturePath(priya));
  const page = await context.newPage();
  const profile = await new ProfilePage(page).open(priya.url);
  await expect.poll(() => profile.hostCount()).toBe(1);

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/workspace.html#/settings`);
  await settings.getByLabel('Show the Save button on LinkedIn profile pages').uncheck();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();

  // The open LinkedIn tab follows the setting without a reload.
  await expect.poll(() => profile.hostCount()).toBe(0);
  await page.reload();
  await page.waitForTimeout(500);
  await expect.poll(() => profile.hostCount()).toBe(0);

  // The shortcut and the context menu send the tab this message (see capture-triggers.ts).
  const outcome = await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'captureNow', data: {} });
  }, priya.url);
  expect(outcome).toMatchObject({ ok: true, data: { ok: true, status: 'created', fullName: 'Priya Raman' } });
  // Feedback still shows on the page, briefly, without the button.
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  expect(await readTable(serviceWorker, 'contacts')).toHaveLength(1);
});

test('a profile that writes every line twice (on screen and for screen readers) is saved with each line once', async ({
  context,
  linkedin,
  serviceWorker,
}) => {
  // In Chromium the clipped screen-reader copy passes checkVisibility(): only the twin rule tells.
  await saveFixture(context, linkedin, serviceWorker, twins, OWN_FIXTURES);
  const [contact] = await readTable<{ fullName: string; headline: string; location: string; experience: unknown[] }>(
    serviceWorker,
    'contacts',
  );
  expect(contact).toMatchObject({ fullName: twins.expect.fullName, headline: twins.expect.headline, location: twins.expect.location });
  expect(contact?.experience).toHaveLength(twins.expect.experienceCount as number);
});

test('a 2026 top card as a page without its stylesheets shows it is saved with the right degree, place and current job', async ({
  context,
  linkedin,
  serviceWorker,
}) => {
  // The e2e pages get no stylesheet either: the pronunciation player's controls, both degree
  // badges and the tiles are all on screen, as on a saved page served without LinkedIn's CSS.
  await saveFixture(context, linkedin, serviceWorker, unstyled, OWN_FIXTURES);
  const [contact] = await readTable<Record<string, unknown>>(serviceWorker, 'contacts');
  const { expect: facts } = unstyled;
  expect(contact).toMatchObject({
    fullName: facts.fullName,
    headline: facts.headline,
    location: facts.location,
    connectionDegree: facts.connectionDegree,
    currentTitle: facts.currentTitle,
    currentCompany: facts.currentCompany,
  });
  expect(contact?.pronouns).toBeUndefined();
});
