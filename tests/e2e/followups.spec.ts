import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { sharedManifest } from './linkedin-routes';
import { saveFixture } from './flows';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

const pad = (n: number) => String(n).padStart(2, '0');

test('a meeting that just ended brings the badge, the Due list and a thank-you draft', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();

  // Remind right after the meeting instead of 2 hours later, so the test need not wait.
  await page.goto(`chrome-extension://${extensionId}/workspace.html#/settings`);
  await page.getByLabel('Thank-you reminder after').fill('0');
  await page.getByRole('button', { name: /save/i }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  // A 20-minute meeting that started 25 minutes ago (in UTC, the time zone picked below).
  const start = new Date(Date.now() - 25 * 60_000);
  await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts/${id}`);
  await page.getByLabel('Meeting date').fill(`${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`);
  await page.getByLabel('Start time').fill(`${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`);
  await page.getByLabel('Duration (minutes)').fill('20');
  await page.getByLabel('Time zone').selectOption('UTC');
  await page.getByLabel('Format').selectOption('video');
  await page.getByLabel('Place or link').fill('https://meet.example.com/priya');
  await page.getByRole('button', { name: 'Save meeting' }).click();

  await expect
    .poll(async () => (await readTable<{ kind: string }>(serviceWorker, 'reminders')).map((r) => r.kind), {
      timeout: 10_000,
    })
    .toContain('thank-you');
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Due' })).toBeVisible();
  const item = popup.getByTestId('due-item');
  // The method: a meeting that has ended asks for the interview log first, then the thank-you.
  await expect(item).toContainText('Log the interview (Priya)');
  await expect(item.getByRole('link', { name: 'Open Priya' })).toBeVisible();
  await page.evaluate(async (contactId) => {
    const now = Date.now();
    const log = { answers: {}, notes: 'Talked about research ops', takeaways: ['Test with five users first'], nextSteps: [], referrals: [], reflection: { feelings: '', pictureMyself: '', changedView: '', stillToLearn: '' } };
    const interview = { id: crypto.randomUUID(), contactId, createdAt: now, updatedAt: now, prep: { questionIds: [], customQuestions: [], researchQuestions: [] }, log, loggedAt: now };
    await chrome.runtime.sendMessage({ type: 'saveInterview', data: { interview }, requestId: crypto.randomUUID() });
  }, id);
  await expect(item).toContainText('Send a thank-you to Priya');
  await item.getByRole('button', { name: 'Draft' }).click();
  await expect(popup.getByLabel('Draft', { exact: true })).toHaveValue(/thank/i);
  const picker = popup.getByLabel('Template', { exact: true });
  await expect(picker.locator('option:checked')).toHaveText(/thank/i);
});

test('marking a request as sent moves the stage and schedules one nudge a week later', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const sentAt = Date.now();
  const reply = await page.evaluate(
    (contactId) =>
      chrome.runtime.sendMessage({
        type: 'markSent',
        data: { contactId, kind: 'cold-ask', channel: 'linkedin-message', text: 'Hi Priya, would you have 20 minutes?' },
        requestId: crypto.randomUUID(),
      }),
    id,
  );
  expect(reply).toMatchObject({ ok: true });
  const [contact] = await readTable<{ stage: string }>(serviceWorker, 'contacts');
  expect(contact?.stage).toBe('requested');
  const nudges = (await readTable<{ kind: string; dueAt: number }>(serviceWorker, 'reminders')).filter((r) => r.kind === 'nudge');
  expect(nudges).toHaveLength(1);
  const days = (nudges[0]!.dueAt - sentAt) / 86_400_000;
  expect(days).toBeGreaterThan(6.9);
  expect(days).toBeLessThan(7.1);
  const alarms = await serviceWorker.evaluate(() => chrome.alarms.getAll());
  expect(alarms.filter((a) => a.name.startsWith('reminder:'))).toHaveLength(1);
});
