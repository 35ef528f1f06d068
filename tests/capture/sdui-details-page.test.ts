import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OWN_FIXTURES } from './fixtures';
import { readProfile } from './read-profile';
import { closeAll, parseHtml } from './parse-html';

afterAll(closeAll);

// The shape of a real 2026 SDUI "Show all experiences" page (/details/experience/, an own
// profile saved in early 2026): no heading anywhere. The person is named only in the sticky
// toolbar's lockup (a <p>, then the headline), the list's title is a <p>, and the list is a
// keyed box of entity-collection items, the last a company with two roles. Before, the reader
// took the first role's place as the location, "JUICE1 yr" as the current company, and no role.
const URL = 'https://www.linkedin.com/in/dana-okafor/details/experience/';
const NOW = Date.UTC(2026, 2, 1);

// Written in the shape the real page had (its text and company ids are made up): the file is
// also what the e2e suite serves at this url.
const PAGE = readFileSync(path.join(OWN_FIXTURES, 'sdui-details-experience-dana-okafor.html'), 'utf8');

const read = () => JSON.parse(JSON.stringify(readProfile(parseHtml(PAGE), URL, NOW)));

describe('an SDUI /details/experience/ page with no heading at all', () => {
  it('reads the name and headline from the toolbar, and no location or company from the roles', () => {
    const result = read();
    expect(result.ok).toBe(true);
    expect(result.profile.fullName).toBe('Dana Okafor');
    expect(result.profile.headline).toBe('Analytics Engineer, Dashboards & Workflow Automation');
    expect(result.profile.location).toBeUndefined();
    expect(result.profile.connectionDegree).toBeUndefined();
  });

  it('reads every role in the list, the grouped company with both of its roles', () => {
    const { profile } = read();
    expect(profile.experience.map((e: { title: string; company: string; start?: string; end?: string }) => [e.title, e.company, e.start, e.end])).toEqual([
      ['President - Analytics & Workflow', 'Okafor Analytics LLC', 'Jun 2024', 'Present'],
      ['Business Intelligence Developer', 'Allstar Beverages', 'Jan 2025', 'Jan 2026'],
      ['Power BI Developer', 'Common Power', 'Mar 2023', 'Jun 2024'],
      ['Account Manager', 'PRESS', 'Oct 2017', 'Jul 2018'],
      ['Marketing Coordinator', 'PRESS', 'Aug 2017', 'Oct 2017'],
    ]);
    expect(profile.currentCompany).toBe('Okafor Analytics LLC');
    expect(profile.currentTitle).toBe('President - Analytics & Workflow');
  });

  it('says Education is kept as saved, not that it should be scrolled to', () => {
    const { warnings } = read();
    const codes = warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain('education-not-listed');
    expect(codes).not.toContain('experience-not-loaded');
  });
});

describe('the same page for Education (/details/education/), its box keyed EducationDetailsSection', () => {
  const school = (name: string, id: number, degree: string, years: string) =>
    `<div componentkey="entity-collection-item-${id}"><hr role="presentation"><div><a href="https://www.linkedin.com/school/${id}/"><figure aria-label="${name} logo" data-view-name="image"><svg role="img" aria-label="${name} logo"></svg></figure></a>` +
    `<div><a href="https://www.linkedin.com/school/${id}/"><div><p>${name}</p><p>${degree}</p><p>${years}</p></div></a><button aria-label="Edit education at ${name}"></button></div></div></div>`;
  const educationPage = () => {
    const start = PAGE.indexOf('<div data-view-name="profile-experience-details-view">');
    const end = PAGE.indexOf('<div><button><span>Load more');
    const list = `<div data-view-name="profile-education-details-view">${school('Pace University', 123, "Bachelor's degree, Information Systems", '2014 – 2018')}${school('Baruch College', 456, 'Certificate, Data Analytics', '2019')}</div></div>`;
    return (PAGE.slice(0, start) + list + PAGE.slice(end))
      .replace('profile_ExperienceDetailsSection_', 'profile_EducationDetailsSection_')
      .replace('<p>Experience</p>', '<p>Education</p>');
  };

  it('reads both schools, and keeps Experience as saved', () => {
    const result = JSON.parse(JSON.stringify(readProfile(parseHtml(educationPage()), 'https://www.linkedin.com/in/dana-okafor/details/education/', NOW)));
    expect(result.profile.education.map((e: { school: string; degree: string; field: string }) => [e.school, e.degree, e.field])).toEqual([
      ['Pace University', "Bachelor's degree", 'Information Systems'],
      ['Baruch College', 'Certificate', 'Data Analytics'],
    ]);
    expect(result.profile.experience).toEqual([]);
    expect(result.profile.location).toBeUndefined();
    expect(result.warnings.map((w: { code: string }) => w.code)).toEqual(['experience-not-listed']);
  });
});
