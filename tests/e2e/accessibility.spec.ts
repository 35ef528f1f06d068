import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fixturePath, sharedManifest } from './linkedin-routes';
import { ProfilePage } from './pages';
import { saveFixture } from './flows';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

/**
 * What axe finds on the page as it stands: heading-order always (the walkthrough's finding),
 * and every rule whose failures axe rates serious or critical (names, contrast, labels, ARIA).
 */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.id === 'heading-order' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the popup and every workspace page pass axe (heading order and serious rules)', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  // Eight full axe runs: on a busy 2-core machine that outlasts the default minute.
  test.setTimeout(180_000);
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();
  const base = `chrome-extension://${extensionId}`;

  await page.goto(`${base}/popup.html`);
  await expect(page.getByRole('button', { name: 'Draft a message to Priya Raman' })).toBeVisible();
  expect(await axeFindings(page), 'popup').toEqual([]);

  await page.getByRole('button', { name: 'Draft a message to Priya Raman' }).click();
  await expect(page.getByRole('heading', { name: 'Message to Priya Raman' })).toBeVisible();
  expect(await axeFindings(page), 'popup draft').toEqual([]);

  const workspace: Array<[string, string, RegExp]> = [
    ['board', '#/board', /Board/],
    ['contacts', '#/contacts', /Contacts/],
    ['contact', `#/contacts/${encodeURIComponent(id)}`, /Priya Raman/],
    ['templates', '#/templates', /Templates/],
    ['settings', '#/settings', /Settings/],
  ];
  for (const [name, hash, heading] of workspace) {
    await page.goto(`${base}/workspace.html${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await axeFindings(page), name).toEqual([]);
  }

  // The template editor, where the walkthrough found heading-order.
  await page.goto(`${base}/workspace.html#/templates`);
  await page.getByRole('button', { name: /^Edit / }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^Edit / })).toBeVisible();
  expect(await axeFindings(page), 'template editor').toEqual([]);
});

test('at 1280 px every board column is on screen, none clipped', async ({ context, linkedin, serviceWorker, extensionId }, testInfo) => {
  await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/workspace.html#/board`);
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();

  const columns = page.locator('.board > .board-columns > .board-column');
  await expect(columns).toHaveCount(7);
  await page.screenshot({ path: testInfo.outputPath('board-1280.png'), fullPage: true });
  for (const column of await columns.all()) {
    const box = (await column.boundingBox())!;
    const title = await column.getByRole('heading').textContent();
    expect(box.x, `${title} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${title} ends on screen`).toBeLessThanOrEqual(1280);
  }
  // Nothing to scroll sideways that a user could miss.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('on a profile, Save is among the first tab stops, and the page sees only a bare host', async ({ context, linkedin }) => {
  linkedin.serve(priya.url, fixturePath(priya));
  const page = await context.newPage();
  const profile = await new ProfilePage(page).open(priya.url);
  await expect.poll(() => profile.saveLabel()).toBe('Save to Coffee Chat');

  // From the top of the page, as a keyboard user starts.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let stops = 0;
  let onHost = false;
  while (!onHost && stops < 3) {
    await page.keyboard.press('Tab');
    stops += 1;
    // From the page's side focus inside a closed root shows only as the host being active.
    onHost = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.parentElement === document.documentElement && active.tagName === 'DIV' && active.shadowRoot === null;
    });
  }
  expect(onHost, 'Save reached within 3 Tab presses').toBe(true);
  // Enter on it is a trusted key press: it saves.
  await page.keyboard.press('Enter');
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  // What the page can read of the host is the same bare, empty <div> as before.
  const view = await page.evaluate(() => {
    const host = [...document.documentElement.children].find((el) => el.tagName === 'DIV')!;
    return { attributes: host.getAttributeNames(), text: host.textContent, children: host.childNodes.length };
  });
  expect(view).toEqual({ attributes: [], text: '', children: 0 });
});
