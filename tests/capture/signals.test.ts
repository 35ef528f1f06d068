import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from './read-profile';
import { GOLDENS, SHARED_FIXTURES } from './fixtures';
import { closeAll, parseHtml } from './parse-html';
import { HEADING_LANGUAGES } from './robustness/transforms';

// Each field is found by several signals: breaking one of them, the way LinkedIn's own changes
// do, must leave the capture exactly as it was.
const PRIYA = readFileSync(path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html'), 'utf8');
const URL = 'https://www.linkedin.com/in/priya-raman-ux/';
const NOW = 1_750_000_000_000;
const GOLDEN = JSON.parse(readFileSync(path.join(GOLDENS, 'sdui-2026-synthetic__priya-raman.json'), 'utf8'));

afterAll(closeAll);

function capture(mutate: (doc: Document) => void) {
  const doc = parseHtml(PRIYA);
  mutate(doc);
  return JSON.parse(JSON.stringify(readProfile(doc, URL, NOW)));
}
const lines = (doc: Document, start: string) => [...doc.querySelectorAll('main p')].filter((p) => p.textContent?.startsWith(start));
const first = (doc: Document, start: string) => {
  const [p] = lines(doc, start);
  if (!p) throw new Error(`fixture changed: no line starting ${start}`);
  return p;
};
const notTopCard = (el: Element) => !/Topcard/.test(el.getAttribute('componentkey') ?? '');

describe('one broken signal leaves the capture as it was', () => {
  it.each<[string, (doc: Document) => void]>([
    ['rows lose role="listitem"', (doc) => doc.querySelectorAll('[role]').forEach((el) => el.removeAttribute('role'))],
    ['cards and rows lose their keys', (doc) =>
      doc.querySelectorAll('[role], [componentkey]').forEach((el) => {
        el.removeAttribute('role');
        if (notTopCard(el)) ['componentkey', 'id'].forEach((name) => el.removeAttribute(name));
      })],
    ['Experience is keyed another way (ExperienceOnly<slug>)', (doc) =>
      doc.querySelectorAll('[componentkey*="Experience"]').forEach((el) => {
        el.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.ExperienceOnlypriya-raman-ux');
        el.removeAttribute('id');
      })],
    ['rows are <li>', (doc) =>
      doc.querySelectorAll('[role="listitem"]').forEach((el) => {
        const li = doc.createElement('li');
        while (el.firstChild) li.append(el.firstChild);
        el.replaceWith(li);
      })],
    ['every line has hidden duplicates beside it', (doc) =>
      doc.querySelectorAll('main p, main h2').forEach((el) => {
        const hidden = el.cloneNode(true) as Element;
        hidden.textContent = `Hidden ${el.textContent ?? ''}`;
        hidden.setAttribute('style', 'display: none');
        el.before(hidden);
        const spoken = el.cloneNode(true) as Element;
        spoken.textContent = `Spoken ${el.textContent ?? ''}`;
        spoken.className = 'visually-hidden';
        el.after(spoken);
      })],
    ['a hidden "· 1st" badge sits before the visible one', (doc) => {
      const badge = doc.createElement('p');
      badge.textContent = '· 1st';
      badge.hidden = true;
      first(doc, '· 2nd').before(badge);
    }],
    ['every line is wrapped in a div', (doc) =>
      doc.querySelectorAll('main p').forEach((p) => {
        const wrapper = doc.createElement('div');
        p.replaceWith(wrapper);
        wrapper.append(p);
      })],
    ['lines are divs, not <p>', (doc) =>
      doc.querySelectorAll('main p').forEach((p) => {
        const div = doc.createElement('div');
        while (p.firstChild) div.append(p.firstChild);
        p.replaceWith(div);
      })],
    ['the top card moves to another subtree', (doc) => {
      const top = doc.querySelector('[componentkey$="Topcard"]');
      const host = doc.createElement('div');
      if (top) host.append(top);
      doc.body.prepend(host);
    }],
    ['cards come in another order', (doc) => {
      const column = doc.querySelector('[data-component-type]');
      if (column) [...column.children].reverse().forEach((card) => column.append(card));
    }],
    ['headings are in German', (doc) =>
      doc.querySelectorAll('h2').forEach((h) => {
        h.textContent = ({ Experience: 'Berufserfahrung', Education: 'Ausbildung', About: 'Info' } as Record<string, string>)[h.textContent ?? ''] ?? h.textContent;
      })],
    ['the company chip comes before the headline', (doc) => first(doc, 'Senior UX').before(first(doc, 'Northwind Health ·'))],
    ['the location and "Contact info" are sibling lines', (doc) => {
      const location = first(doc, 'Toronto');
      const link = location.querySelector('a');
      const beside = doc.createElement('p');
      if (link) beside.append(link);
      location.textContent = 'Toronto, Ontario, Canada';
      location.after(beside);
    }],
  ])('%s', (_name, mutate) => {
    expect(capture(mutate)).toEqual(GOLDEN);
  });

  it('finds Experience by its "Show all" link when its key and heading are both gone', () => {
    const result = capture((doc) => {
      doc.querySelectorAll('[componentkey]').forEach((el) => {
        if (notTopCard(el)) ['componentkey', 'id'].forEach((name) => el.removeAttribute(name));
      });
      doc.querySelectorAll('h2').forEach((h) => {
        if (h.textContent === 'Experience') h.textContent = 'Parcours';
      });
    });
    expect(result.profile.experience).toEqual(GOLDEN.profile.experience);
  });

  // Dates as other languages write them: each role keeps its dates, none becomes a location, and
  // the role whose end is "now" stays the current one.
  it.each<[string, Record<string, string>]>([
    ['Japanese, wave dash', { 'Mar 2022 - Present · 3 yrs 9 mos': '2022年3月～現在 · 3年 10か月', 'Jan 2020 - Feb 2022 · 2 yrs 2 mos': '2020年1月～2022年2月 · 2年 2か月' }],
    ['Hungarian, year first', { 'Mar 2022 - Present · 3 yrs 9 mos': '2022. márc. – jelenleg · 3 év 10 hónap', 'Jan 2020 - Feb 2022 · 2 yrs 2 mos': '2020. jan. – 2022. febr. · 2 év 2 hónap' }],
    ['Hebrew', { 'Mar 2022 - Present · 3 yrs 9 mos': 'מרץ 2022 – היום · 3 שנים', 'Jan 2020 - Feb 2022 · 2 yrs 2 mos': 'ינו׳ 2020 – פבר׳ 2022 · 2 שנים' }],
  ])('reads role dates written in %s', (_language, lines) => {
    const result = capture((doc) => {
      for (const [from, to] of Object.entries(lines)) first(doc, from).textContent = to;
    });
    const [current, previous] = result.profile.experience;
    const [start, end] = Object.values(lines).map((line) => line.split(' · ')[0]!.split(/\s*[～–]\s*/));
    expect(current).toMatchObject({ title: GOLDEN.profile.experience[0].title, start: start![0], end: 'Present' });
    expect(previous).toMatchObject({ title: GOLDEN.profile.experience[1].title, start: end![0], end: end![1] });
    expect(current.location).toBe(GOLDEN.profile.experience[0].location);
    expect(result.profile.currentTitle).toBe(GOLDEN.profile.currentTitle);
  });

  // Cards without keys leave the headings as the one signal for About and Education: every
  // language of the robustness table, plus Simplified Chinese's other About and decomposed letters.
  it.each([
    ...Object.entries(HEADING_LANGUAGES).map(([language, w]) => [language, w.about, w.experience, w.education]),
    ['zh, About as 关于', '关于', '工作经历', '教育经历'],
    ['vi in decomposed letters', 'Giới thiệu'.normalize('NFD'), 'Kinh nghiệm'.normalize('NFD'), 'Học vấn'.normalize('NFD')],
  ])('reads a %s page whose cards have no keys by their headings', (_language, about, experience, education) => {
    const words: Record<string, string> = { About: about, Experience: experience, Education: education };
    const result = capture((doc) => {
      doc.querySelectorAll('[componentkey]').forEach((el) => {
        if (notTopCard(el)) ['componentkey', 'id'].forEach((name) => el.removeAttribute(name));
      });
      doc.querySelectorAll('h2').forEach((h) => {
        const word = words[h.textContent ?? ''];
        if (word) h.textContent = word;
      });
    });
    expect(result.profile.about).toEqual(GOLDEN.profile.about);
    expect(result.profile.experience).toEqual(GOLDEN.profile.experience);
    expect(result.profile.education).toEqual(GOLDEN.profile.education);
  });
});

describe('the capture checks itself', () => {
  it('never takes the current-company chip for the headline', () => {
    const result = capture((doc) => first(doc, 'Senior UX').remove());
    expect(result.ok).toBe(true);
    expect(result.profile.headline).toBeUndefined();
    expect(result.profile.currentCompany).toBe('Northwind Health');
  });

  it('drops a headline that only repeats the company, and says so', () => {
    const result = capture((doc) => {
      first(doc, 'Senior UX').textContent = 'Northwind Health';
    });
    expect(result.profile.headline).toBeUndefined();
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain('headline-unsure');
  });

  it('reads "Jane Doe, MBA · 2nd" as the name and the degree', () => {
    const result = capture((doc) => {
      const h2 = doc.querySelector('h2');
      if (h2) h2.textContent = 'Priya Raman, MBA · 2nd';
      first(doc, '· 2nd').remove();
    });
    expect(result.profile).toMatchObject({ fullName: 'Priya Raman, MBA', connectionDegree: '2nd', lastName: 'Raman' });
  });

  // The badge inside the heading, as LinkedIn writes it in other languages: the suffix or the
  // ordinal word is not part of the name.
  it.each([
    ['2次', '2nd'], ['3次+', '3rd'], ['2度', '2nd'], ['1촌', '1st'], ['2-й', '2nd'], ['2º', '2nd'], ['2e', '2nd'], ['3ème', '3rd'],
    ['الدرجة الثانية', '2nd'], ['الدرجة الأولى', '1st'],
  ])('reads "Priya Raman · %s" as the name and the degree %s', (badge, degree) => {
    const result = capture((doc) => {
      const h2 = doc.querySelector('h2');
      if (h2) h2.textContent = `Priya Raman · ${badge}`;
      first(doc, '· 2nd').remove();
    });
    expect(result.profile).toMatchObject({ fullName: 'Priya Raman', connectionDegree: degree, lastName: 'Raman' });
  });

  it('warns when the current company is in no Experience entry', () => {
    const result = capture((doc) => {
      const chip = first(doc, 'Northwind Health ·').querySelector('a');
      if (chip) chip.textContent = 'Contoso';
    });
    expect(result.profile.currentCompany).toBe('Contoso');
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain('current-company-unconfirmed');
  });

  // LinkedIn puts the unread count before the name, in the page's own digits.
  it.each(['(3) Priya Raman | LinkedIn', '(99+) Priya Raman | LinkedIn', '(٣) Priya Raman | LinkedIn', '(۱۲) Priya Raman | LinkedIn'])(
    'takes the title %s as naming the person',
    (title) => {
      const result = capture((doc) => {
        doc.title = title;
      });
      expect(result.profile.fullName).toBe('Priya Raman');
      expect(result.warnings.map((w: { code: string }) => w.code)).not.toContain('name-unconfirmed');
    },
  );

  // A viewer may see no "Contact info" link (or LinkedIn may make it a button): the location is
  // then the place-shaped line after the headline, which the connections count follows.
  it.each<[string, boolean, string]>([
    ['Toronto, Ontario, Canada', false, 'Toronto, Ontario, Canada'],
    ['Greater Toronto Area', false, 'Greater Toronto Area'],
    ['Singapore · ', true, 'Singapore'],
  ])('reads the location "%s" when there is no contact-info link (a button instead: %s)', (text, button, location) => {
    const result = capture((doc) => {
      const at = first(doc, 'Toronto, Ontario, Canada ·');
      at.textContent = text;
      if (button) at.append(Object.assign(doc.createElement('button'), { textContent: 'Contact info' }));
    });
    expect(result.profile.location).toBe(location);
    expect(result.profile.headline).toBe(GOLDEN.profile.headline);
  });

  it('takes no location from a line without a comma that nothing marks as the location', () => {
    const result = capture((doc) => {
      first(doc, 'Toronto, Ontario, Canada ·').textContent = 'Greater Toronto Area';
      first(doc, '500+ connections').remove();
      first(doc, 'Dana Whitfield').remove();
    });
    expect(result.profile.location).toBeUndefined();
  });

  it('warns when the page title names someone else', () => {
    const result = capture((doc) => {
      doc.title = 'Ana Souza | LinkedIn';
    });
    expect(result.profile.fullName).toBe('Priya Raman');
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain('name-unconfirmed');
  });
});

describe('a page that renders little', () => {
  it('reads the name and headline from the embedded payload, and says what is missing', () => {
    const result = capture((doc) => doc.querySelector('main')?.remove());
    expect(result).toMatchObject({
      ok: true,
      profile: {
        fullName: 'Priya Raman',
        headline: 'Senior UX Researcher at Northwind Health | Mixed-methods research for patient-facing products',
      },
    });
    expect(result.warnings.map((w: { code: string }) => w.code)).toEqual(['experience-not-loaded', 'education-not-loaded']);
  });

  it('never takes a payload that names someone other than the page', () => {
    const result = capture((doc) => {
      doc.querySelector('main')?.remove();
      doc.title = 'Marcus Lee | LinkedIn';
    });
    expect(result.ok).toBe(false);
  });
});

describe('a name in a heading is found wherever the layout puts it', () => {
  it('inside a <header> that holds the top card', () => {
    const result = capture((doc) => {
      const top = doc.querySelector('[componentkey$="Topcard"] section');
      const header = doc.createElement('header');
      if (top) {
        top.replaceWith(header);
        header.append(top);
      }
    });
    expect(result).toEqual(GOLDEN);
  });
});

// Real pages: the five signed-in Ember pages with their contact-info link taken away keep the
// location their golden has ("Greater Stockholm Metropolitan Area", "Sweden": no comma), found
// by the connections count after it, which Ember writes as plain text ("500+connections").
describe('a real page without its contact-info link', () => {
  it.each([1, 2, 3, 4, 5])('ember-2024-logged-in/profile-%i keeps its location and headline', (n) => {
    const html = readFileSync(path.join(SHARED_FIXTURES, `ember-2024-logged-in/profile-${n}.html`), 'utf8');
    const golden = JSON.parse(readFileSync(path.join(GOLDENS, `ember-2024-logged-in__profile-${n}.json`), 'utf8'));
    const doc = parseHtml(html);
    doc.querySelectorAll('a[href*="/overlay/contact-info"]').forEach((a) => a.remove());
    const result = JSON.parse(JSON.stringify(readProfile(doc, golden.profile.profileUrl, NOW)));
    expect(result.profile.location).toBe(golden.profile.location);
    expect(result.profile.headline).toBe(golden.profile.headline);
  });
});
