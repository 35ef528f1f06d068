import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from './read-profile';
import { GOLDENS, SHARED_FIXTURES } from './fixtures';
import { closeAll, parseHtml } from './parse-html';

// Entries written in ways the fixtures do not show: an employer without a LinkedIn page (no
// link around the role's lines, so nothing marks where they end and the description begins),
// and a school entry with "Activities and societies" where its degree would be.
const PRIYA = readFileSync(path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html'), 'utf8');
const URL = 'https://www.linkedin.com/in/priya-raman-ux/';
const NOW = 1_750_000_000_000;
const GOLDEN = JSON.parse(readFileSync(path.join(GOLDENS, 'sdui-2026-synthetic__priya-raman.json'), 'utf8'));
const INTERN = GOLDEN.profile.experience.find((r: { title: string }) => r.title === 'Human Factors Intern');

afterAll(closeAll);

function capture(edit: (doc: Document) => void) {
  const doc = parseHtml(PRIYA);
  edit(doc);
  return JSON.parse(JSON.stringify(readProfile(doc, URL, NOW)));
}
const entryOf = (doc: Document, text: string) => {
  const p = [...doc.querySelectorAll('main p')].find((el) => el.textContent === text);
  const entry = p?.closest('[componentkey^="entity-collection-item"]');
  if (!p || !entry) throw new Error(`fixture changed: no entry with ${text}`);
  return { p, entry };
};
/** The entry's links become plain boxes: an employer with no LinkedIn page. */
const unlink = (entry: Element) =>
  entry.querySelectorAll('a').forEach((a) => {
    const div = a.ownerDocument.createElement('div');
    div.append(...a.childNodes);
    a.replaceWith(div);
  });
const paragraph = (doc: Document, text: string) => Object.assign(doc.createElement('p'), { textContent: text });

describe('a role at an employer with no LinkedIn page', () => {
  it('keeps its own lines, and its description is not its place (description in a box of its own)', () => {
    const result = capture((doc) => {
      const { entry } = entryOf(doc, 'Human Factors Intern');
      unlink(entry);
      const box = doc.createElement('div');
      box.append(paragraph(doc, 'Ran usability tests of infusion pumps with nurses on the cardiac ward'));
      entry.append(box);
    });
    const { companyUrl: _url, ...rest } = INTERN;
    expect(result.profile.experience.find((r: { title: string }) => r.title === 'Human Factors Intern')).toEqual(rest);
  });

  /** The intern role, unlinked, with `text` on a line right after its dates. */
  const internWith = (text: string) =>
    capture((doc) => {
      const { p, entry } = entryOf(doc, 'May 2017 - Aug 2017 · 4 mos');
      unlink(entry);
      p.after(paragraph(doc, text));
    }).profile.experience.find((r: { title: string }) => r.title === 'Human Factors Intern');

  it('its description is not its place (a sentence right after the dates, in the same box)', () => {
    const role = internWith('Ran usability tests of infusion pumps with nurses on the cardiac ward, and wrote up the findings.');
    expect(role).toMatchObject({ company: 'Toronto General Hospital', start: INTERN.start, end: INTERN.end });
    expect(role.location).toBeUndefined();
  });

  it('still has its place when it has one', () => {
    expect(internWith('Toronto, Ontario, Canada · On-site').location).toBe('Toronto, Ontario, Canada · On-site');
  });
});

describe('a school entry without a degree', () => {
  it('does not store "Activities and societies" as the degree', () => {
    const result = capture((doc) => {
      entryOf(doc, 'Bachelor of Arts - BA, Psychology').p.textContent = 'Activities and societies: Debate club, Rowing';
    });
    const mcgill = result.profile.education.find((e: { school: string }) => e.school === 'McGill University');
    expect(mcgill).toMatchObject({ startYear: '2011', endYear: '2015' });
    expect(mcgill.degree).toBeUndefined();
    expect(mcgill.field).toBeUndefined();
  });

  it('reads a degree written with its own label the same way as before', () => {
    const result = capture((doc) => {
      const { p } = entryOf(doc, '2011 - 2015');
      p.after(paragraph(doc, 'Grade: 3.8'));
    });
    expect(result.profile.education).toEqual(GOLDEN.profile.education);
  });
});

// A real 2023 Ember /details/experience/ page (Tam L.) writes each role's description in the
// sub-components list without the inline-show-more-text box the profile page wraps it in.
describe('an Ember role description without its show-more box', () => {
  it('is still read, and the skills line beside it is not taken for one', () => {
    const file = path.join(SHARED_FIXTURES, 'ember-2024-logged-in/profile-1.html');
    const golden = JSON.parse(readFileSync(path.join(GOLDENS, 'ember-2024-logged-in__profile-1.json'), 'utf8'));
    const html = readFileSync(file, 'utf8').replace(/inline-show-more-text[\w-]*/g, '');
    const doc = parseHtml(html);
    // The role with no description gets skills lines in its sub-components, as real roles show.
    const title = [...doc.querySelectorAll('span[aria-hidden="true"]')].find((span) => span.textContent?.trim() === 'Project Lead');
    const role = title?.closest('[data-view-name="profile-component-entity"]');
    if (!role) throw new Error('fixture changed: no Project Lead role');
    const skills = doc.createElement('div');
    skills.className = 'pvs-entity__sub-components';
    for (const line of ['Game design, Team leadership, Unity, C#, Scrum, Public speaking and +3 skills', 'Skills: Team Leadership · Unity · C# · Game Design · Scrum · Mentoring']) {
      const span = doc.createElement('span');
      span.setAttribute('aria-hidden', 'true');
      span.textContent = line;
      skills.append(span);
    }
    role.append(skills);
    const { profile } = JSON.parse(JSON.stringify(readProfile(doc, 'https://www.linkedin.com/in/eduardo-alvarez-nowak/', NOW)));
    expect(profile.experience.map((r: { description?: string }) => r.description)).toEqual(
      golden.profile.experience.map((r: { description?: string }) => r.description),
    );
  });
});
