import { afterAll, describe, expect, it } from 'vitest';
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

const role = (key: string, org: string, orgId: number, title: string, kind: string, dates: string, place: string) => `
<div componentkey="entity-collection-item-${key}"><hr role="presentation">
  <div><a href="https://www.linkedin.com/company/${orgId}/"><figure aria-label="${org} logo" data-view-name="image"><svg role="img" aria-label="${org} logo"></svg></figure></a>
  <div><div role="button"><div><p>${title}</p><p>${org} · ${kind}</p><p>${dates}</p><p>${place}</p></div></div>
  <div><span data-testid="expandable-text-box">▪Built the dashboards the operations team runs on every morning.</span></div>
  <button aria-label="Edit ${title} at ${org}"><svg role="img" aria-label=""></svg></button></div></div>
</div>`;

const PAGE = `<!doctype html><html><head><title>Dana Okafor | LinkedIn</title></head><body>
<div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.ProfileExperienceDetails">
  <div role="toolbar"><div role="button"><div aria-label="Dana Okafor"><figure aria-label="" data-view-name="image"><svg role="img" aria-label=""></svg></figure>
    <div><p>Dana Okafor</p><p>Analytics Engineer, Dashboards &amp; Workflow Automation</p></div></div></div></div>
  <div componentkey="com.linkedin.sdui.profile.card.refACoAABDanaOkafor0000000000000000000">
  <div data-testid="profile_ExperienceDetailsSection_dana-okafor" componentkey="com.linkedin.sdui.profile.card.refACoAABDanaOkafor0000000000000000000">
    <div><button aria-label="Navigate back to profile main screen"><svg role="img" aria-label=""></svg></button><p>Experience</p>
      <button aria-label="Add a position or career break"><svg role="img" aria-label=""></svg></button></div>
    <div data-view-name="profile-experience-details-view"><div data-view-name="profile-self-position-details"><div componentkey="profileExperienceDetails_top_anchor"></div>
    ${role('-25deafbf', 'Okafor Analytics LLC', 105821508, 'President - Analytics &amp; Workflow', 'Self-employed', 'Jun 2024 - Present · 1 yr 9 mos', 'New York, New York, United States · Hybrid')}
    ${role('-6e4fd4fb', 'Allstar Beverages', 781361, 'Business Intelligence Developer', 'Full-time', 'Jan 2025 - Jan 2026 · 1 yr 1 mo', 'Hawthorne, New York, United States · Hybrid')}
    ${role('ade589c', 'Common Power', 27207732, 'Power BI Developer', 'Contract', 'Mar 2023 - Jun 2024 · 1 yr 4 mos', 'New York, New York, United States · Remote')}
    <div componentkey="entity-collection-item-5ef9a9a7"><hr role="presentation">
      <div><a href="https://www.linkedin.com/company/18264140/"><figure aria-label="PRESS logo" data-view-name="image"><svg role="img" aria-label="PRESS logo"></svg></figure></a>
      <div><a href="https://www.linkedin.com/company/18264140/"><div><p>PRESS</p><p>1 yr</p></div></a>
      <ul>
        <li><div role="button"><div><p>Account Manager</p><p>Oct 2017 - Jul 2018 · 10 mos</p><p>11 Harrison Street, NY, New York 10013</p></div></div>
          <button aria-label="Edit Account Manager at PRESS"><svg role="img" aria-label=""></svg></button></li>
        <li><div role="button"><div><p>Marketing Coordinator</p><p>Aug 2017 - Oct 2017 · 3 mos</p><p>Empire State Building</p></div></div>
          <button aria-label="Edit Marketing Coordinator at PRESS"><svg role="img" aria-label=""></svg></button></li>
      </ul></div></div>
    </div>
    </div></div>
    <div><button><span>Load more</span></button></div>
  </div></div>
</div></body></html>`;

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
