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
