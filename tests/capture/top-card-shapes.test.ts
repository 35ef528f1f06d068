import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from './read-profile';
import { GOLDENS, SHARED_FIXTURES } from './fixtures';
import { closeAll, parseHtml } from './parse-html';
import { capture, GOLDEN, NOW } from './priya-page';

// Shapes of the SDUI top card that other projects report from real 2026 pages, written into
// the Priya page: the current company and school as tiles or a plain line beside their logos
// (no links: a company without a LinkedIn page), and a line between the name and the degree.

afterAll(closeAll);

const TILES =
  '<div><div role="button"><figure><svg id="company-accent-4"></svg></figure><p><span>Northwind Health</span></p></div>' +
  '<div role="button"><figure><svg id="school-accent-4"></svg></figure><p><span>University of Waterloo</span></p></div></div>';
const plainLine = (company: string) =>
  '<div><figure><svg id="company-accent-4"></svg><img alt="Company logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></figure>' +
  `<p>${company} · University of Waterloo</p><figure><svg id="school-accent-4"></svg></figure></div>`;
const PLAIN_LINE = plainLine('Northwind Health');
// A comma makes any line look like "City, Country" when no contact-info link marks the location.
const PLAIN_LINE_COMMA = plainLine('Northwind Health, Inc.');

/** The line of links to the current company and school, replaced by `html`. */
const chipsAs = (html: string) => (top: Element) => {
  const chips = top.querySelector('a[href*="/company/"]')?.closest('p');
  const shape = parseHtml(`<html><body>${html}</body></html>`).body.firstElementChild;
  if (!chips || !shape) throw new Error('fixture changed: no company chip');
  chips.replaceWith(chips.ownerDocument.importNode(shape, true));
};
const locationLine = (top: Element) => {
  const line = top.querySelector('a[href*="/overlay/contact-info"]')?.closest('p');
  if (!line) throw new Error('fixture changed: no contact-info line');
  return line;
};

describe('the current company and school without links', () => {
  it.each([
    ['as tiles', TILES],
    ['as a plain line beside their logos', PLAIN_LINE],
  ])('%s: the capture is as it was', (_name, html) => {
    expect(capture(chipsAs(html))).toEqual(GOLDEN);
  });

  const SHAPES_WITH_COMMA = [
    ['as tiles', TILES],
    ['as a plain line beside their logos', PLAIN_LINE_COMMA],
  ];

  it.each(SHAPES_WITH_COMMA)('%s, and no location on the profile: no school or company is stored as the location', (_name, html) => {
    const result = capture((top) => {
      chipsAs(html)(top);
      const line = locationLine(top);
      line.replaceChildren(...line.querySelectorAll('a'));
    });
    expect(result.profile.location).toBeUndefined();
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
  });

  it.each(SHAPES_WITH_COMMA)('%s, seen without the contact-info link: the place line is still the location', (_name, html) => {
    const result = capture((top) => {
      chipsAs(html)(top);
      locationLine(top).textContent = 'Greater Toronto Area';
    });
    expect(result.profile.location).toBe('Greater Toronto Area');
  });
});

describe('the current company from a tile, when Experience has not loaded', () => {
  it.each([
    ['links (the fixture as it is)', ''],
    ['tiles', TILES],
    ['a plain line beside their logos', PLAIN_LINE],
  ])('%s', (_name, html) => {
    const result = capture((top, doc) => {
      if (html) chipsAs(html)(top);
      doc.querySelector('[componentkey$="ExperienceTopLevelSection"]')?.remove();
    });
    expect(result.profile.currentCompany).toBe('Northwind Health');
    expect(result.profile.location).toBe(GOLDEN.profile.location);
  });

  it('a tile with no sign of which is the company gives none, rather than maybe the school', () => {
    const result = capture((top, doc) => {
      chipsAs(TILES.replaceAll(/<svg id="\w+-accent-4"><\/svg>/g, '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'))(top);
      doc.querySelector('[componentkey$="ExperienceTopLevelSection"]')?.remove();
    });
    expect(result.profile.currentCompany).not.toBe('University of Waterloo');
    expect(result.profile.location).toBe(GOLDEN.profile.location);
  });

  // A real 2026 page saved without its images (Anshu D.): each tile's logo an empty
  // <figure><span/></figure>, so nothing marks the company; the top card lists the current
  // position before the school, as its narrow-screen line "HCL Technologies · IMT Ghaziabad" does.
  const BLANK_TILES = TILES.replaceAll(/<svg id="\w+-accent-4"><\/svg>/g, '<span></span>');
  const withoutExperience = (html: string) =>
    capture((top, doc) => {
      chipsAs(html)(top);
      doc.querySelector('[componentkey$="ExperienceTopLevelSection"]')?.remove();
    });

  it('two tiles with blank logos: the first is the company, never the school', () => {
    const result = withoutExperience(BLANK_TILES);
    expect(result.profile.currentCompany).toBe('Northwind Health');
    expect(result.profile.location).toBe(GOLDEN.profile.location);
  });

  it('one tile with a blank logo gives no company: it may be the school of someone between jobs', () => {
    const result = withoutExperience(BLANK_TILES.replace(/<div role="button">.*?<\/div>/, ''));
    expect(result.profile.currentCompany).toBeUndefined();
  });
});

describe('a line between the name and the degree badge', () => {
  it('is not taken for the headline', () => {
    const result = capture((top, doc) => {
      const degree = [...top.querySelectorAll('p')].find((p) => p.textContent === '· 2nd');
      const extra = doc.createElement('p');
      extra.textContent = 'Origami';
      degree?.before(extra);
    });
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
    expect(result.profile.connectionDegree).toBe('2nd');
  });
});

describe('the photo when its alt text is not the name', () => {
  const PHOTO = 'https://media.licdn.com/dms/image/v2/D5603AQ/profile-framedphoto-shrink_400_400/0/1?e=1&v=beta&t=x';
  const AVATAR = 'https://media.licdn.com/dms/image/v2/C4E03AQ/profile-displayphoto-shrink_100_100/0/2?e=1&v=beta&t=y';
  const withPhoto = (alt: string, extra?: (top: Element, doc: Document) => void) =>
    capture((top, doc) => {
      const img = top.querySelector('img[alt="Priya Raman"]');
      img?.setAttribute('alt', alt);
      img?.setAttribute('src', PHOTO);
      extra?.(top, doc);
    });

  it.each(['', 'Profile photo', 'Photo de profil'])('alt "%s": the photo before the name is hers', (alt) => {
    expect(withPhoto(alt).profile.photoUrl).toBe(PHOTO);
  });

  it("never a mutual connection's picture after the name, nor the cover image", () => {
    const result = withPhoto('', (top, doc) => {
      top.querySelector(`img[src="${PHOTO}"]`)?.remove();
      const cover = Object.assign(doc.createElement('img'), { alt: '', src: 'https://media.licdn.com/dms/image/v2/D4E16AQ/profile-displaybackgroundimage-shrink_350_1400/0/3' });
      top.querySelector('section')?.prepend(cover);
      const mutual = [...top.querySelectorAll('a')].find((a) => a.textContent?.includes('mutual'));
      mutual?.prepend(Object.assign(doc.createElement('img'), { alt: '', src: AVATAR }));
    });
    expect(result.profile.photoUrl).toBeUndefined();
  });
});

describe('a card named only by its data-testid', () => {
  it('Education in a language without its heading word, its key moved to data-testid', () => {
    const result = capture((_top, doc) => {
      const card = doc.querySelector('[componentkey$="EducationTopLevelSection"]');
      if (!card) throw new Error('fixture changed: no Education card');
      card.removeAttribute('componentkey');
      card.setAttribute('data-testid', 'profile_EducationTopLevelSection_ACoAAB1xPriyaRaman000');
      const heading = card.querySelector('h2');
      if (heading) heading.textContent = 'Elimu';
    });
    expect(result.profile.education).toEqual(GOLDEN.profile.education);
  });
});

describe('a creator\'s "Talks about #…" line under the headline', () => {
  it.each([
    ['with the contact-info link', false],
    ['without it', true],
  ])('is never the location (%s)', (_name, dropContact) => {
    const result = capture((top, doc) => {
      const headline = [...top.querySelectorAll('p')].find((p) => p.textContent === GOLDEN.profile.headline);
      const talks = doc.createElement('p');
      talks.append('Talks about ', ...['#patientexperience', '#uxresearch', '#healthcare'].map((tag) => Object.assign(doc.createElement('a'), { href: `https://www.linkedin.com/feed/hashtag/${tag.slice(1)}`, textContent: tag })));
      talks.insertBefore(doc.createTextNode(', '), talks.childNodes[2] ?? null);
      talks.insertBefore(doc.createTextNode(', and '), talks.childNodes[4] ?? null);
      headline?.after(talks);
      if (dropContact) {
        const line = locationLine(top);
        line.textContent = 'Greater Toronto Area';
      }
    });
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
    expect(result.profile.location).toBe(dropContact ? 'Greater Toronto Area' : GOLDEN.profile.location);
  });
});

// A real 2023 Ember page (a /details/ sub-page) names the person only in the sticky header's
// lockup, a <div>, not a heading; nothing was captured. A name heading renamed to a <p> or
// <div> by a layout change is the same shape: the page's other names (title, embedded JSON)
// still say who it is.
describe('a name that is not a heading', () => {
  const asDiv = (heading: Element, tag: string) => {
    const div = heading.ownerDocument.createElement(tag);
    for (const attr of heading.attributes) div.setAttribute(attr.name, attr.value);
    div.append(...heading.childNodes);
    heading.replaceWith(div);
  };

  it.each(['p', 'div'])('the SDUI name as a <%s>: the capture is as it was', (tag) => {
    expect(capture((top) => asDiv(top.querySelector('h2')!, tag))).toEqual(GOLDEN);
  });

  it.each([1, 2, 3, 4, 5])('Ember profile-%i with its <h1> as a <div> keeps its top card, roles and schools', (n) => {
    const file = path.join(SHARED_FIXTURES, `ember-2024-logged-in/profile-${n}.html`);
    const manifest = JSON.parse(readFileSync(path.join(SHARED_FIXTURES, 'manifest.json'), 'utf8'));
    const entry = manifest.fixtures.find((f: { file: string }) => f.file === `ember-2024-logged-in/profile-${n}.html`);
    const golden = JSON.parse(readFileSync(path.join(GOLDENS, `ember-2024-logged-in__profile-${n}.json`), 'utf8'));
    const doc = parseHtml(readFileSync(file, 'utf8'));
    const h1 = doc.querySelector('main h1');
    if (!h1) throw new Error('fixture changed: no h1');
    asDiv(h1, 'div');
    // These saved pages lost their <head>; LinkedIn's own title names the person.
    doc.title = `(2) ${golden.profile.fullName} | LinkedIn`;
    const { profile } = JSON.parse(JSON.stringify(readProfile(doc, entry.url, NOW)));
    for (const field of ['fullName', 'headline', 'location', 'currentTitle', 'currentCompany']) expect(profile[field], field).toBe(golden.profile[field]);
    expect(profile.experience).toEqual(golden.profile.experience);
    expect(profile.education).toEqual(golden.profile.education);
  });

  // A real 2023 Ember /details/ page saved without its <head> (Tam L.): the sticky header's
  // lockup was the only name, and no title, og:title or JSON said it again. The address does:
  // a vanity name spelling the lockup's letters ("tam-lai-286604117") names the person too.
  it.each([1, 2, 3, 4, 5])('Ember profile-%i with its <h1> as a <div> and no title: the address spells the name', (n) => {
    const entry = JSON.parse(readFileSync(path.join(SHARED_FIXTURES, 'manifest.json'), 'utf8')).fixtures.find(
      (f: { file: string }) => f.file === `ember-2024-logged-in/profile-${n}.html`,
    );
    const golden = JSON.parse(readFileSync(path.join(GOLDENS, `ember-2024-logged-in__profile-${n}.json`), 'utf8'));
    const doc = parseHtml(readFileSync(path.join(SHARED_FIXTURES, entry.file), 'utf8'));
    asDiv(doc.querySelector('main h1')!, 'div');
    doc.title = '';
    const { profile } = JSON.parse(JSON.stringify(readProfile(doc, entry.url, NOW)));
    for (const field of ['fullName', 'headline', 'location', 'currentTitle', 'currentCompany']) expect(profile[field], field).toBe(golden.profile[field]);
    expect(profile.experience).toEqual(golden.profile.experience);
  });

  it('is not taken when nothing else on the page names the person', () => {
    const result = capture((top, doc) => {
      asDiv(top.querySelector('h2')!, 'p');
      doc.title = 'LinkedIn';
    });
    expect(result.ok).toBe(false);
  });
});

// "Show all N" under a list: the count decides, in any language and wrapping.
describe('a list cut at "Show all"', () => {
  const codesWith = (text: string) => {
    const manifest = JSON.parse(readFileSync(path.join(SHARED_FIXTURES, 'manifest.json'), 'utf8'));
    const entry = manifest.fixtures.find((f: { file: string }) => f.file === 'ember-2024-logged-in/profile-3.html');
    const doc = parseHtml(readFileSync(path.join(SHARED_FIXTURES, entry.file), 'utf8'));
    for (const link of doc.querySelectorAll('a[href*="/details/"]')) {
      const shape = parseHtml(`<body><div><span>${text}</span><span class="visually-hidden">Show all 99</span></div></body>`).body.firstChild!;
      link.replaceChildren(doc.importNode(shape, true));
    }
    const result = readProfile(doc, entry.url, NOW);
    if (!result.ok) throw new Error('fixture changed: no capture');
    return result.warnings.map((w) => w.code);
  };

  it('warns for both sections when the German link counts more than were read', () => {
    expect(codesWith('Alle 12 anzeigen')).toEqual(['experience-cut', 'education-cut']);
  });

  it('does not warn when the count is no more than the entries read, or there is none', () => {
    expect(codesWith('Alle 2 anzeigen')).toEqual([]);
    expect(codesWith('Alle anzeigen')).toEqual([]);
  });
});

// A real 2026 page (Jakub R.) writes About's paragraphs as newlines inside the text box, shown
// as breaks by its stylesheet's white-space: pre-wrap; they were run together into one.
describe("About's paragraphs written as newlines in the 2026 text box", () => {
  it('are kept, each line tidied', () => {
    const result = capture((_top, doc) => {
      const card = doc.querySelector('[componentkey$="AboutTopLevelSection"], [componentkey*="About"]');
      const box = card?.querySelector('[data-testid="expandable-text-box"]');
      if (!box) throw new Error('fixture changed: no About text box');
      box.textContent = 'I build dashboards.\n\n\t•\tPower BI\n\t•\tTableau\n\nAsk me about data quality.';
    });
    expect(result.profile.about).toBe('I build dashboards.\n\n• Power BI\n• Tableau\n\nAsk me about data quality.');
  });
});
