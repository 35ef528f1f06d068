import { describe, expect, it } from 'vitest';
import { filterIndex } from '@/lib/workspace/contact-list';
import { buildSearchIndex, normalise, queryTerms, searchText } from '@/lib/workspace/search';
import { aContact } from './contact-fixture';

describe('normalise', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['JOSÉ Núñez', 'jose nunez'],
    ['Søren Ørsted', 'soren orsted'],
    ['Łukasz', 'lukasz'],
    ['Straße', 'strasse'],
    ['Université de Montréal', 'universite de montreal'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('queryTerms', () => {
  it('splits on any whitespace and drops empties', () => {
    expect(queryTerms('  Acme   Zoë\tdesign ')).toEqual(['acme', 'zoe', 'design']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('searching contacts (filterIndex with a query)', () => {
  const priya = aContact({
    fullName: 'Priya Raman',
    currentCompany: 'Acme Health',
    currentTitle: 'UX Researcher',
    education: [{ school: 'Université de Montréal' }],
    tags: ['alumni', 'health-tech'],
    notes: 'Wrote about accessibility audits',
  });
  const zoe = aContact({ fullName: 'Zoë Ørsted', currentCompany: 'Globex', currentTitle: 'Data analyst', tags: ['fintech'] });
  const jose = aContact({ fullName: 'José Núñez', currentCompany: 'Acme Bank', education: [{ school: 'State University' }] });
  const index = buildSearchIndex([priya, zoe, jose]);
  const names = (q: string) => filterIndex(index, { query: q }).map((c) => c.fullName);

  it('ignores case and diacritics on both sides', () => {
    expect(names('zoe')).toEqual(['Zoë Ørsted']);
    expect(names('ORSTED')).toEqual(['Zoë Ørsted']);
    expect(names('nuñez')).toEqual(['José Núñez']);
    expect(names('montreal')).toEqual(['Priya Raman']);
  });

  it('needs every word (AND), in any field and any order', () => {
    expect(names('acme')).toEqual(['Priya Raman', 'José Núñez']);
    expect(names('acme researcher')).toEqual(['Priya Raman']);
    expect(names('researcher acme')).toEqual(['Priya Raman']);
    expect(names('acme globex')).toEqual([]);
  });

  it('searches name, company, title, school, tags and notes', () => {
    expect(names('priya')).toEqual(['Priya Raman']);
    expect(names('globex')).toEqual(['Zoë Ørsted']);
    expect(names('data analyst')).toEqual(['Zoë Ørsted']);
    expect(names('state university')).toEqual(['José Núñez']);
    expect(names('fintech')).toEqual(['Zoë Ørsted']);
    expect(names('health-tech')).toEqual(['Priya Raman']);
    expect(names('accessibility')).toEqual(['Priya Raman']);
  });

  it('does not match a term across two fields', () => {
    // "Raman" then company "Acme…": "raman acme" as one word must not match.
    expect(searchText(priya)).not.toContain('raman acme');
  });

  it('returns everything for an empty query', () => {
    expect(names('  ')).toHaveLength(3);
  });

  it('copes with contacts missing optional arrays', () => {
    const bare = { ...aContact({ fullName: 'Bare' }), tags: undefined, education: undefined } as never;
    expect(filterIndex(buildSearchIndex([bare]), { query: 'bare' })).toHaveLength(1);
  });
});
