import { test, expect } from './fixtures';
import { sharedManifest } from './linkedin-routes';
import { saveFixture } from './flows';
import { PopupPage, WorkspacePage } from './pages';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

// Typed key by key, 5 ms apart: faster than anyone types, which is where characters used to drop.
const KEY_DELAY = 5;
const NOTES = 'Leads UX research at a health-tech firm; moved from agency work in 2021, hires juniors.';
const GOALS = 'How a designer moves into research without a second degree, and what to read first.';
const LOG = 'She said portfolios matter more than titles; ask Maria about the Lisbon team next week!';
const MESSAGE = ' PS: your talk on recruiting patients for studies changed how I plan interviews.';

test('text typed at 5 ms a key survives navigating away and back, and closing the page', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();
  const workspace = await new WorkspacePage(page, extensionId).openContact(id);
  await workspace.unfold('Interview prep');
  await workspace.unfold('Interview log');

  await workspace.researchNotes.pressSequentially(NOTES, { delay: KEY_DELAY });
  await workspace.prepGoals.pressSequentially(GOALS, { delay: KEY_DELAY });
  await workspace.logNotes.pressSequentially(LOG, { delay: KEY_DELAY });
  await expect(workspace.researchNotes).toHaveValue(NOTES);
  await expect(workspace.prepGoals).toHaveValue(GOALS);
  await expect(workspace.logNotes).toHaveValue(LOG);

  // Away to the board, then Back.
  await workspace.goTo('Board');
  await expect(workspace.researchNotes).toHaveCount(0);
  await page.goBack();
  await workspace.unfold('Interview prep');
  await workspace.unfold('Interview log');
  await expect(workspace.researchNotes).toHaveValue(NOTES);
  await expect(workspace.prepGoals).toHaveValue(GOALS);
  await expect(workspace.logNotes).toHaveValue(LOG);
  await expect(page.getByText('Restored your unsaved text').first()).toBeVisible();

  // The tab closed and opened again.
  await page.close();
  const again = await new WorkspacePage(await context.newPage(), extensionId).openContact(id);
  await again.unfold('Interview prep');
  await again.unfold('Interview log');
  await expect(again.researchNotes).toHaveValue(NOTES);
  await expect(again.prepGoals).toHaveValue(GOALS);
  await expect(again.logNotes).toHaveValue(LOG);
});

test('a message draft typed at 5 ms a key is there when the popup opens again', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  await saveFixture(context, linkedin, serviceWorker, priya);
  const first = await new PopupPage(await context.newPage(), extensionId).open();
  await first.draftFor('Priya Raman');
  await expect(first.draft).not.toHaveValue('');
  const start = await first.draft.inputValue();
  await first.draft.press('Control+End');
  await first.draft.pressSequentially(MESSAGE, { delay: KEY_DELAY });
  await expect(first.draft).toHaveValue(start + MESSAGE);
  // The popup closes as soon as the user clicks into LinkedIn to paste.
  await first.page.close();

  const second = await new PopupPage(await context.newPage(), extensionId).open();
  await second.draftFor('Priya Raman');
  await expect(second.draft).toHaveValue(start + MESSAGE);
  await expect(second.page.getByText('Restored your unsaved text')).toBeVisible();
});
