// Characters lost when typing 200 characters at 5 ms a key into every editor, then leaving and
// coming back (Board and Back; the popup closed and opened again). Target: 0 everywhere.
import path from 'node:path';
import { SHARED_FIXTURES, centerOf, contactIds, launchWithExtension, serveLinkedIn } from './browser.mjs';

const TEXT = 'Leads UX research at a health-tech firm; moved from agency work in 2021 and hires juniors. '
  .repeat(3)
  .slice(0, 200);

/** Typed characters missing from what the field shows at the end (0 when every one is there). */
const lost = (typed, shown) => {
  let kept = 0;
  for (const ch of shown) if (ch === typed[kept]) kept += 1;
  return typed.length - kept;
};

export async function benchTyping({ delay = 5 } = {}) {
  const { context, worker, extensionId } = await launchWithExtension();
  const rows = [];
  try {
    const url = 'https://www.linkedin.com/in/priya-raman-ux/';
    await serveLinkedIn(context, { [url]: path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html') });
    const profile = await context.newPage();
    await profile.goto(url);
    // The card sits in a closed shadow root and trusts only real input: a mouse click, aimed
    // through the DevTools protocol (which sees closed roots).
    await profile.waitForFunction(() => [...document.documentElement.children].some((e) => e.tagName === 'DIV'));
    const save = await centerOf(await context.newCDPSession(profile), 'save');
    await profile.mouse.click(save.x, save.y);
    let id;
    for (const end = Date.now() + 10_000; !(id = (await contactIds(worker))[0]); await profile.waitForTimeout(50)) {
      if (Date.now() > end) throw new Error('The profile was never saved');
    }

    const page = await context.newPage();
    const open = async () => {
      await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts/${encodeURIComponent(id)}`);
      for (const title of ['Interview prep', 'Interview log']) {
        await page.locator('details', { has: page.getByRole('heading', { name: title }) }).locator('summary').click();
      }
    };
    const editors = {
      'research notes': () => page.getByLabel('Notes and research findings', { exact: true }),
      'prep: what I hope to learn': () => page.getByLabel('What I hope to learn', { exact: true }),
      'interview log notes': () => page.locator('.interview-log').getByLabel('Notes', { exact: true }),
      'contact headline': () => page.getByLabel('Headline', { exact: true }),
    };
    await open();
    for (const field of Object.values(editors)) {
      await field().fill('');
      await field().pressSequentially(TEXT, { delay });
    }
    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await page.goBack();
    await page.waitForTimeout(300);
    for (const title of ['Interview prep', 'Interview log']) {
      const details = page.locator('details', { has: page.getByRole('heading', { name: title }) });
      if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    }
    for (const [name, field] of Object.entries(editors)) {
      rows.push({ editor: name, typed: TEXT.length, lost: lost(TEXT, await field().inputValue()), target: 0 });
    }

    // The composer: the popup closes as soon as the user clicks into LinkedIn to paste.
    const popupUrl = `chrome-extension://${extensionId}/popup.html?contact=${encodeURIComponent(id)}`;
    const popup = await context.newPage();
    await popup.goto(popupUrl);
    const draft = () => popup.getByLabel('Draft', { exact: true });
    await draft().fill('');
    await draft().pressSequentially(TEXT, { delay });
    await popup.close();
    const again = await context.newPage();
    await again.goto(popupUrl);
    await again.waitForTimeout(300);
    rows.push({
      editor: 'message composer (popup reopened)',
      typed: TEXT.length,
      lost: lost(TEXT, await again.getByLabel('Draft', { exact: true }).inputValue()),
      target: 0,
    });
  } catch (error) {
    rows.push({ editor: 'error', typed: 0, lost: String(error?.message ?? error).slice(0, 120), target: 0 });
  } finally {
    await context.close();
  }
  return rows.map((r) => ({ ...r, ok: r.lost === 0 }));
}
