import { describe, expect, it } from 'vitest';
import { allTags, filterIndex, sortContacts, sortIndex } from '@/lib/workspace/contact-list';
import { buildSearchIndex } from '@/lib/workspace/search';
import { aContact } from './contact-fixture';

const ana = aContact({ id: 'ana', fullName: 'Ana Silva', stage: 'requested', tags: ['design'], updatedAt: 300 });
const bo = aContact({ id: 'bo', fullName: 'bo Chen', stage: 'scheduled', tags: ['fintech', 'alumni'], updatedAt: 100 });
const cy = aContact({ id: 'cy', fullName: 'Cy Dubois', stage: 'requested', tags: [], updatedAt: 200 });
const all = [cy, ana, bo];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('sortContacts', () => {
  it('by name, ignoring case', () => {
    expect(ids(sortContacts(all, 'name'))).toEqual(['ana', 'bo', 'cy']);
  });
  it('by last contact, most recent first', () => {
    expect(ids(sortContacts(all, 'last-contact'))).toEqual(['ana', 'cy', 'bo']);
  });
  it('by next reminder, soonest first, then those without one by name', () => {
    const next = new Map([
      ['cy', 5_000],
      ['bo', 1_000],
    ]);
    expect(ids(sortContacts(all, 'next-reminder', next))).toEqual(['bo', 'cy', 'ana']);
  });
  it('does not change its input', () => {
    const input = [...all];
    sortContacts(input, 'name');
    expect(input).toEqual(all);
  });
});

describe('filterIndex', () => {
  const index = sortIndex(buildSearchIndex(all), 'name');
  it('by stage', () => {
    expect(ids(filterIndex(index, { query: '', stage: 'requested' }))).toEqual(['ana', 'cy']);
  });
  it('by tag', () => {
    expect(ids(filterIndex(index, { query: '', tag: 'alumni' }))).toEqual(['bo']);
  });
  it('by due ids', () => {
    expect(ids(filterIndex(index, { query: '', dueOnly: true }, new Set(['cy', 'nobody'])))).toEqual(['cy']);
    expect(ids(filterIndex(index, { query: '', dueOnly: false }, new Set(['cy'])))).toEqual(['ana', 'bo', 'cy']);
  });
  it('combines filters with the query and keeps the sort', () => {
    expect(ids(filterIndex(index, { query: 'silva', stage: 'requested' }))).toEqual(['ana']);
    expect(ids(filterIndex(index, { query: 'dubois', stage: 'scheduled' }))).toEqual([]);
    expect(ids(filterIndex(sortIndex(buildSearchIndex(all), 'last-contact'), { query: '', stage: 'requested' }))).toEqual(['ana', 'cy']);
  });
});

describe('allTags', () => {
  it('lists each tag once, sorted', () => {
    expect(allTags(all)).toEqual(['alumni', 'design', 'fintech']);
  });
});

describe('sortIndex', () => {
  it('reorders entries without rebuilding their text', () => {
    const byName = sortIndex(buildSearchIndex(all), 'name');
    const byRecent = sortIndex(byName, 'last-contact');
    expect(byRecent.map((e) => e.contact.id)).toEqual(['ana', 'cy', 'bo']);
    expect(byRecent[0]).toBe(byName[0]);
  });
});
