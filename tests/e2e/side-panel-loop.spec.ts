import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { sharedManifest } from './linkedin-routes';
import { panelBesideSavedProfile } from './flows';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

/** What happens outside the panel (their reply, the booked time, the log) goes in as the pages send it. */
async function send(page: Page, type: string, data: unknown) {
  const reply = await page.evaluate(
    (m) => chrome.runtime.sendMessage(m) as Promise<{ ok: boolean; error?: string }>,
    { type, data, requestId: crypto.randomUUID() },
  );
  expect(reply, `${type}: ${reply?.error ?? ''}`).toMatchObject({ ok: true });
}

const pad = (n: number) => String(n).padStart(2, '0');

test('the method loop for one person in the side panel: ask, reply, meeting, log, thank-you, names', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const { contactId, profile, panel: page } = await panelBesideSavedProfile(context, linkedin, serviceWorker, extensionId, priya);
  await send(page, 'saveSettings', { settings: { me: { myName: 'Sam Doe', myBackground: 'a nurse of six years', myInterest: 'a move into UX research' } } });
  await send(page, 'updateContact', { id: contactId, patch: { source: 'Your talk at UXConf stood out' } });

  const step = page.getByTestId('next-step');
  const draft = page.getByRole('textbox', { name: 'Draft', exact: true });
  const template = page.getByLabel('Template', { exact: true });
  const copyAndReadBack = async () => {
    await page.bringToFront();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByText('Copied ✓')).toBeVisible();
    await profile.bringToFront();
    return profile.evaluate(() => navigator.clipboard.readText());
  };
  const stage = async () => (await readTable<{ id: string; stage: string }>(serviceWorker, 'contacts')).find((c) => c.id === contactId)?.stage;

  // 1. Ask: the cold ask, copied clean, then marked as sent.
  await expect(step).toContainText('Next step: Ask for a 20-minute conversation');
  await expect(draft).toHaveValue(/^Hi Priya,/);
  const ask = await copyAndReadBack();
  expect(ask).toContain('20-minute');
  expect(ask).not.toMatch(/\[\w+\]|\{\{/);
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(step).toContainText('Next step: Wait for a reply');
  await expect.poll(stage).toBe('requested');

  // 2. They replied and a time was agreed; the meeting (20 minutes) ended 10 minutes ago.
  await send(page, 'logReply', { contactId });
  const start = new Date(Date.now() - 30 * 60_000);
  await send(page, 'saveMeeting', {
    contactId,
    input: {
      date: `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`,
      time: `${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`,
      durationMinutes: 20,
      timeZone: 'UTC',
      format: 'video',
      place: '',
    },
  });
  // A meeting in the past asks for the log first, not the confirmation.
  await expect(step).toContainText('Next step: Log the interview');
  await expect(step.getByRole('link', { name: 'Open the interview log' })).toBeVisible();

  // 3. Logged (in the workspace's interview log); the panel moves on to the thank-you.
  await send(page, 'saveInterview', {
    interview: {
      id: crypto.randomUUID(),
      contactId,
      createdAt: Date.now(),
      updatedAt: Date.now(),
      loggedAt: Date.now(),
      prep: { questionIds: [], customQuestions: [], researchQuestions: [] },
      log: { answers: {}, notes: 'Research ops', takeaways: ['testing changes with five users first'], nextSteps: [], referrals: [], reflection: { feelings: '', pictureMyself: '', changedView: '', stillToLearn: '' } },
    },
  });
  await expect(step).toContainText('Next step: Send the thank-you');
  await step.getByRole('button', { name: /^Draft the thank-you/i }).click();
  await expect(template.locator('option:checked')).toHaveText(/thank/i);
  // What they learned comes from the log; what they agreed to do is asked for under the draft.
  await page.getByRole('textbox', { name: 'What you agreed to do next', exact: true }).fill('read the book you recommended');
  await expect(draft).toHaveValue(/read the book you recommended/);
  const thanks = await copyAndReadBack();
  expect(thanks).toMatch(/thank/i);
  expect(thanks).toContain('testing changes with five users first');
  expect(thanks).not.toMatch(/\{\{/);
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect.poll(stage).toBe('thanked');

  // 4. Thanked: ask who else to talk to (the interview gave no names yet), and the quarterly check-in is set.
  await expect(step).toContainText('Next step: Ask who else to talk to');
  await expect
    .poll(async () => (await readTable<{ contactId: string; kind: string; status: string }>(serviceWorker, 'reminders')).filter((r) => r.contactId === contactId && r.status === 'pending').map((r) => r.kind))
    .toContain('keep-in-touch');
});
