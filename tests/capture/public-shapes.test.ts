import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from './read-profile';
import { SHARED_FIXTURES } from './fixtures';
import { closeAll, parseHtml } from './parse-html';

// The public page's location when its JSON-LD gives no addressLocality: the first subline.
// Some public pages write it as items ("Singapore", "6K followers", "500+ connections") rather
// than the fixtures' "<span>place</span> <span>Contact Info</span>".
const PAGE = readFileSync(path.join(SHARED_FIXTURES, 'public-2024-logged-out/profile-1.html'), 'utf8');
const URL = 'https://se.linkedin.com/in/eduardo-alvarez-nowak';
const NOW = 1_750_000_000_000;

afterAll(closeAll);

function capture(subline?: string) {
  const doc = parseHtml(PAGE);
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    script.textContent = (script.textContent ?? '').replace(/"addressLocality":"[^"]*",?/, '');
  }
  const line = doc.querySelector('.top-card-layout__first-subline');
  if (!line) throw new Error('fixture changed: no subline');
  if (subline !== undefined) line.replaceChildren(...parseHtml(`<html><body>${subline}</body></html>`).body.childNodes);
  return JSON.parse(JSON.stringify(readProfile(doc, URL, NOW)));
}

describe('a public page whose JSON-LD has no locality', () => {
  it('takes the place from the subline as the fixture writes it', () => {
    expect(capture().profile.location).toBe('Greater Stockholm Metropolitan Area');
  });

  it.each([
    ['place, followers, connections', '<div class="top-card__subline-item">Singapore</div><span class="top-card__subline-item">6K followers</span><span class="top-card__subline-item top-card__subline-item--bullet">500+ connections</span>'],
    ['followers first', '<span class="top-card__subline-item">6K followers</span><div class="top-card__subline-item">Singapore</div>'],
    ['spans only', '<span>6,034 followers</span> <span>Singapore</span> <span>500+ connections</span>'],
  ])('takes the place, never a count (%s)', (_name, html) => {
    expect(capture(html).profile.location).toBe('Singapore');
  });

  it('takes nothing from a subline of counts alone', () => {
    const result = capture('<span class="top-card__subline-item">6K followers</span><span class="top-card__subline-item">500+ connections</span>');
    expect(result.profile.location).toBeUndefined();
  });
});
