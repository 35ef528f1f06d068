import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { sharedManifest } from './linkedin-routes';
import { saveFixture } from './flows';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

test('draft a thank-you in the popup, copy it and mark it sent', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  await saveFixture(context, linkedin, serviceWorker, priya);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Draft a message to Priya Raman' }).click();

  const picker = popup.getByLabel('Template', { exact: true });
  const thankYou = await picker.locator('option', { hasText: /thank/i }).first().getAttribute('value');
  await picker.selectOption(thankYou!);
  const draft = popup.getByLabel('Draft', { exact: true });
  await expect(draft).toHaveValue(/Priya/);
  await expect(draft).toHaveValue(/thank/i);

  // The thank-you cites a takeaway the user has not logged yet: Copy asks before copying.
  await draft.fill('Hi Priya,\n\nThank you for the 20 minutes today — your advice on recruiting patients for studies was gold.\n\nSam');
  // Record what reaches the clipboard (reading it back needs a permission the extension does not ask for).
  await popup.evaluate(() => {
    const w = window as unknown as { copied?: string };
    navigator.clipboard.writeText = async (text: string) => void (w.copied = text);
  });
  await popup.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(popup.getByText('Copied ✓')).toBeVisible();
  const copied = await popup.evaluate(() => (window as unknown as { copied?: string }).copied);
  expect(copied).toContain('your advice on recruiting patients');

  // "Open in LinkedIn" opens a message to them (their member id came from the page's card keys).
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Open in LinkedIn' }).click(),
  ]);
  await expect.poll(() => opened.url()).toBe('https://www.linkedin.com/messaging/compose/?recipient=ACoAAB1xPriyaRaman000');

  await popup.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(popup.getByText(/Recorded as sent to Priya Raman/)).toBeVisible();
  const outreach = await readTable<{ kind: string; text: string }>(serviceWorker, 'outreach');
  expect(outreach).toHaveLength(1);
  expect(outreach[0]).toMatchObject({ kind: 'thank-you' });
  expect(outreach[0]!.text).toContain('recruiting patients');
});

test('a draft with unfilled placeholders asks before copying', async ({ context, linkedin, serviceWorker, extensionId }) => {
  await saveFixture(context, linkedin, serviceWorker, priya);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Draft a message to Priya Raman' }).click();
  const picker = popup.getByLabel('Template', { exact: true });
  await picker.selectOption((await picker.locator('option', { hasText: /thank/i }).first().getAttribute('value'))!);
  // No interview logged and no profile in settings: {{takeaway}} and {{myName}} are unfilled.
  await popup.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(popup.getByRole('button', { name: 'Copy anyway' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Keep editing' })).toBeVisible();
});
