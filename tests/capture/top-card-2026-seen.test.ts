import { afterAll, describe, expect, it } from 'vitest';
import { pronounsFrom } from '@/lib/capture/badges';
import { readProfile } from './read-profile';
import { closeAll, parseHtml } from './parse-html';
import { capture, GOLDEN, NOW, PRIYA } from './priya-page';

// Shapes from two real 2026 SDUI top cards (saved by another project, read here in Dec 2026, not
// kept in this repository), written into the Priya page. A saved page comes without LinkedIn's
// stylesheets, so whatever its CSS hid is on screen: the name-pronunciation player's controls
// ("Current Time 0:00", "/", "Duration 0:07"…) were read as the pronouns "/".
afterAll(closeAll);

const html = (doc: Document, markup: string) => doc.importNode(parseHtml(`<html><body>${markup}</body></html>`).body.firstElementChild!, true);
const nameLink = (top: Element) => top.querySelector('h2')!.closest('a')!;
const locationLine = (top: Element) => top.querySelector('a[href*="/overlay/contact-info"]')!.closest('p')!;

// video.js as LinkedIn renders it for the name pronunciation: audio only, controls disabled.
const PLAYER =
  '<div><div data-vjs-player="true" class="_4422e57a vjs-paused vjs-controls-disabled vjs-audio vjs-audio-only-mode" role="region" aria-label="Audio Player">' +
  '<audio class="vjs-tech" preload="metadata"></audio><div class="vjs-loading-spinner vjs-hidden" dir="ltr"><span class="vjs-control-text">Video Player is loading.</span></div>' +
  '<div class="vjs-control-bar" dir="ltr"><button class="vjs-play-control vjs-control vjs-button" type="button" title="Play"><span class="vjs-control-text" aria-live="polite">Play</span></button>' +
  '<div class="vjs-current-time vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">Current Time&nbsp;</span><span class="vjs-current-time-display">0:00</span></div>' +
  '<div class="vjs-time-control vjs-time-divider" aria-hidden="true"><div><span>/</span></div></div>' +
  '<div class="vjs-duration vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">Duration&nbsp;</span><span class="vjs-duration-display">0:07</span></div></div>' +
  '<div class="vjs-modal-dialog vjs-text-track-settings" role="dialog"><p class="vjs-control-text">Beginning of dialog window.</p><legend>Text</legend><select><option>White</option></select></div></div>' +
  '<button type="button" data-testid="play-toggle-btn" aria-label="Play name pronunciation"><svg></svg></button></div>';

describe('a real 2026 top card', () => {
  it('with a name-pronunciation player beside the name: the capture is as it was', () => {
    expect(capture((top, doc) => nameLink(top).after(html(doc, PLAYER)))).toEqual(GOLDEN);
  });

  it.each([
    ['"Contact info" linking nowhere', '<p style="--a: var(--b);"><a href="#">Contact info</a></p>'],
    ['"Kontaktinfo" (German) linking nowhere', '<p><a href="#">Kontaktinfo</a></p>'],
    ['"Coordonnées" (French) as a button', '<p><button type="button">Coordonnées</button></p>'],
    ['the overlay link wrapping a paragraph', '<a href="https://www.linkedin.com/in/priya-raman-ux/overlay/contact-info/"><p>Contact info</p></a>'],
  ])('with %s, in a box with the place: the place is the location', (_name, control) => {
    const result = capture((top, doc) => {
      locationLine(top).replaceWith(html(doc, `<div><p>Toronto, Ontario, Canada</p><p>·</p>${control}</div>`));
    });
    expect(result.profile.location).toBe('Toronto, Ontario, Canada');
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
    expect(result.profile.currentCompany).toBe(GOLDEN.profile.currentCompany);
  });

  it('a place without a comma is taken beside a contact-info control found by its words', () => {
    const result = capture((top, doc) => {
      locationLine(top).replaceWith(html(doc, '<div><p>Toronto</p><p>·</p><p><a href="#">Contact info</a></p></div>'));
    });
    expect(result.profile.location).toBe('Toronto');
  });

  it('a slash alone is not pronouns', () => {
    expect(pronounsFrom('/')).toBeUndefined();
    expect(pronounsFrom(' / ')).toBeUndefined();
    expect(pronounsFrom('She/Her')).toBe('She/Her');
    expect(pronounsFrom('(they / them)')).toBe('they / them');
  });
});

// Two real 2026 cards showed two badges each (one hidden by a stylesheet the saved page lacks):
// "· 1st" boxed alone beside a bare "· 2nd" while offering to withdraw a pending invitation, and
// a bare "· 1st" beside a boxed "· 2nd" for a connection. Badges that disagree are not taken on
// trust: an invitation rules out 1st, then the bare badge wins over the boxed one.
describe('two degree badges that disagree', () => {
  const BOXED = (degree: string) => `<div data-display-contents="true"><p>· ${degree}</p></div>`;
  const twoBadges = (first: string, second: string, action: string) => (top: Element, doc: Document) => {
    const badge = top.querySelector('._p0a2')!;
    badge.replaceWith(html(doc, `<div>${first}${second}</div>`));
    top.querySelector('._btns')!.replaceChildren(html(doc, `<div>${action}</div>`));
  };
  const MESSAGE = '<a href="/messaging/compose/?recipient=x">Message</a>';
  const PENDING = '<a href="https://www.linkedin.com/in/priya-raman-ux/" aria-label="Pending, click to withdraw invitation sent to Priya Raman"><span>Pending</span></a>';
  const CONNECT = '<a href="/preload/custom-invite/?vanityName=priya-raman-ux" aria-label="Invite Priya Raman to connect"><span>Connect</span></a>';

  it.each([
    ['a pending invitation rules out 1st', '<p>· 1st</p>', '<p>· 2nd</p>', PENDING, '2nd'],
    ['a Connect link rules out 1st too', '<p>· 2nd</p>', '<p>· 1st</p>', CONNECT, '2nd'],
    ['a boxed 1st beside a bare 2nd and a pending invitation (the first real card)', BOXED('1st'), '<p>· 2nd</p>', PENDING, '2nd'],
    ['a bare 1st beside a boxed 2nd, for a connection (the second real card)', '<p>· 1st</p>', BOXED('2nd'), MESSAGE, '1st'],
    ['the boxed one with an extra wrapper inside its box', '<p>· 1st</p>', '<div data-display-contents="true"><div><span><p>· 2nd</p></span></div></div>', MESSAGE, '1st'],
    ['the bare one inside a display:contents box that holds the whole row', '<div data-display-contents="true"><h3>Row</h3><p>· 1st</p></div>', BOXED('2nd'), MESSAGE, '1st'],
  ])('%s', (_name, first, second, action, degree) => {
    const result = capture(twoBadges(first, second, action));
    expect(result.profile.connectionDegree).toBe(degree);
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
  });

  it('with nothing to tell them apart, no degree is stored rather than a wrong one', () => {
    const result = capture(twoBadges('<p>· 1st</p>', '<p>· 2nd</p>', MESSAGE));
    expect(result.profile.connectionDegree).toBeUndefined();
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
  });
});

// 2026 keys carry the member's vanity name ("…card.ref<vanity>Activity",
// "profileCardsBelowActivityPart2<vanity>"): a name with a section's word in it ("Aboutaleb",
// "Summaryville") made the Activity card the About card, and a post its About.
describe('a vanity name inside card keys', () => {
  const renamed = (slug: string, name: string) => {
    const doc = parseHtml(PRIYA.replaceAll('priya-raman-ux', slug).replaceAll('Priya Raman', name));
    doc.querySelector('[componentkey$="About"]')?.remove();
    const activity = doc.querySelector('[componentkey$="Activity"]')!;
    activity.setAttribute('componentkey', `com.linkedin.sdui.profile.card.ref${slug}Activity`);
    activity.id = `profileCardsBelowActivityPart2${slug}`;
    return JSON.parse(JSON.stringify(readProfile(doc, `https://www.linkedin.com/in/${slug}/`, NOW)));
  };

  it.each([
    ['mohamed-aboutaleb', 'Mohamed Aboutaleb'],
    ['ana-summaryville', 'Ana Summaryville'],
  ])('%s: a post is not the About', (slug, name) => {
    const result = renamed(slug, name);
    expect(result.ok).toBe(true);
    expect(result.profile.fullName).toBe(name);
    expect(result.profile.about).toBeUndefined();
    expect(result.profile.experience).toHaveLength(GOLDEN.profile.experience.length);
  });
});

// LinkedIn writes a role that started and ended in the same month as one date ("Aug 2025 · 1 mo");
// a role still held always says so ("Dec 2026 - Present"). Listed first, the short past role was
// taken as the current job.
describe('a one-month role listed first', () => {
  it('is not the current job: the role still held is', () => {
    const result = capture((_top, doc) => {
      const first = doc.querySelector('[componentkey$="ExperienceTopLevelSection"] [role="listitem"]')!;
      const short = first.cloneNode(true) as Element;
      const lines = short.querySelectorAll('a:nth-of-type(2) p');
      lines[0]!.textContent = 'Visiting Research Fellow';
      lines[1]!.textContent = 'Lumen Labs · Contract';
      lines[2]!.textContent = 'Aug 2025 · 1 mo';
      for (const a of short.querySelectorAll('a')) a.setAttribute('href', 'https://www.linkedin.com/company/lumen-labs/');
      first.before(short);
      // No chip names the current company: the roles alone say which is current.
      top(doc).querySelector('a[href*="/company/"]')!.closest('p')!.remove();
    });
    expect(result.profile.experience[0]).toMatchObject({ title: 'Visiting Research Fellow', start: 'Aug 2025' });
    expect(result.profile.currentTitle).toBe('Senior UX Researcher');
    expect(result.profile.currentCompany).toBe('Northwind Health');
  });
});

function top(doc: Document): Element {
  return doc.querySelector('[componentkey$="Topcard"]')!;
}

// Other projects report two more shapes from live 2026 pages: a member with no headline gets
// LinkedIn's placeholder "--", and the connections count split into "500+" and "connections".
// Without a contact-info link, the first made the location the headline and the second hid a
// location with no comma.
describe('an empty headline and a split count, without a contact-info link', () => {
  const withoutContact = (top: Element, place: string) => {
    locationLine(top).textContent = place;
  };

  it('"--" is no headline, and the place after it is the location', () => {
    const result = capture((top) => {
      top.querySelector('._p1b2')!.textContent = '--';
      withoutContact(top, 'Toronto, Ontario, Canada');
    });
    expect(result.profile.headline).toBeUndefined();
    expect(result.profile.location).toBe('Toronto, Ontario, Canada');
  });

  it('a place with no comma right before "500+" / "connections" is the location', () => {
    const result = capture((top, doc) => {
      withoutContact(top, 'Greater Toronto Area');
      top.querySelector('._p7f8')!.replaceWith(html(doc, '<div><p>500+</p><p>connections</p></div>'));
    });
    expect(result.profile.location).toBe('Greater Toronto Area');
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
  });
});

// Older layouts, and the public page when it is read as signed-in, write each entry's title as
// an <h3> ("<h3>Co-chair</h3><h4>Gates Foundation</h4>"). Every <h3> was skipped as if it were
// the card's heading, so the company became the title and the dates the company.
describe("an entry's title in an <h3>", () => {
  it('is the title, and the card keeps its roles and schools', () => {
    const result = capture((_top, doc) => {
      for (const title of doc.querySelectorAll('p._e1')) {
        const h3 = doc.createElement('h3');
        h3.textContent = title.textContent;
        title.replaceWith(h3);
      }
    });
    expect(result.profile.experience).toEqual(GOLDEN.profile.experience);
    expect(result.profile.education).toEqual(GOLDEN.profile.education);
  });

  it('an <h3> that names a section is still the heading, not an entry', () => {
    const result = capture((_top, doc) => {
      // Rows without markers are found by shape, where a heading line would be one more row.
      for (const row of doc.querySelectorAll('[componentkey^="entity-collection-item"]')) {
        row.removeAttribute('componentkey');
        row.removeAttribute('role');
      }
      const heading = doc.querySelector('[componentkey$="ExperienceTopLevelSection"] h2')!;
      const h3 = doc.createElement('h3');
      h3.textContent = 'Experience';
      heading.replaceWith(h3);
    });
    expect(result.profile.experience).toEqual(GOLDEN.profile.experience);
  });
});

describe('a short vanity name inside card keys', () => {
  it('"exp" is not taken out of "Experience": the card is still found by its key alone', () => {
    const doc = parseHtml(PRIYA.replaceAll('priya-raman-ux', 'exp'));
    // No heading in a language we know: only the key says which card is Experience.
    doc.querySelector('[componentkey$="ExperienceTopLevelSection"] h2')!.textContent = 'Xyzzy';
    doc.querySelector('a[href*="/details/experience"]')!.remove();
    const result = JSON.parse(JSON.stringify(readProfile(doc, 'https://www.linkedin.com/in/exp/', NOW)));
    expect(result.profile.experience).toHaveLength(GOLDEN.profile.experience.length);
  });
});
