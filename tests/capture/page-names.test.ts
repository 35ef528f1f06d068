import { afterAll, describe, expect, it } from 'vitest';
import { nameFromEmbeddedJson, nameFromTitle, sameName, spellsSlug } from '@/lib/capture/page-names';
import { closeAll, parseHtml } from './parse-html';

afterAll(closeAll);

// Ember pages embed members as JSON in <code>; blocks that cannot name the person are skipped
// unparsed, which must never skip the one that does.
const page = (...blocks: string[]) => parseHtml(`<body>${blocks.map((b) => `<code>${b}</code>`).join('')}</body>`);
const member = (id: string, first: string, last: string) =>
  JSON.stringify({ included: [{ publicIdentifier: id, firstName: first, lastName: last }] });

describe('the name in the embedded JSON', () => {
  it('is the member whose identifier is the slug, not the viewer before it', () => {
    const doc = page(member('the-viewer', 'Vic', 'Viewer'), member('jane-doe-123', 'Jane', 'Doe'));
    expect(nameFromEmbeddedJson(doc, 'jane-doe-123')).toBe('Jane Doe');
  });

  it('is found whatever the letter case of the identifier', () => {
    expect(nameFromEmbeddedJson(page(member('Jane-Doe-123', 'Jane', 'Doe')), 'jane-doe-123')).toBe('Jane Doe');
  });

  it('is found when the identifier is written with \\u escapes', () => {
    const escaped = member('jane-doe-123', 'Jane', 'Doe').replace('"jane', '"\\u006a\\u0061ne');
    expect(escaped).toContain('\\u006a');
    expect(nameFromEmbeddedJson(page(escaped), 'jane-doe-123')).toBe('Jane Doe');
  });

  it('is found for a slug outside ASCII', () => {
    expect(nameFromEmbeddedJson(page(member('jörg-müller', 'Jörg', 'Müller')), 'jörg-müller')).toBe('Jörg Müller');
  });

  it('is none when only other members are there', () => {
    expect(nameFromEmbeddedJson(page(member('the-viewer', 'Vic', 'Viewer')), 'jane-doe-123')).toBeUndefined();
  });
});

// A /details/ sub-page puts the section first: "Experience | Jane Doe | LinkedIn".
describe('the name in the page title', () => {
  it.each([
    ['(3) Jane Doe | LinkedIn', 'Jane Doe'],
    ['Jane Doe - Senior Designer - Acme | LinkedIn', 'Jane Doe'],
    ['Experience | Jane Doe | LinkedIn', 'Jane Doe'],
    ['(2) Berufserfahrung | Jörg Müller | LinkedIn', 'Jörg Müller'],
    ['Education | LinkedIn', undefined],
  ])('%s → %s', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
  });
});

// A real 2026 page heads a profile "Wendy (MacKenzie) Pease 🌍" and names her "Wendy Pease 🌍"
// elsewhere: the capture warned that the page named someone else.
describe('one name written with and without what it puts in brackets', () => {
  it.each([
    ['Wendy (MacKenzie) Pease 🌍', 'Wendy Pease 🌍'],
    ['Wendy (MacKenzie) Pease', 'Wendy Pease'],
    ['Jane Doe (she/her)', 'Jane Doe'],
    ['陈静（Jing Chen）', '陈静'],
  ])('"%s" is "%s"', (heading, elsewhere) => {
    expect(sameName(heading, elsewhere)).toBe(true);
    expect(sameName(elsewhere, heading)).toBe(true);
  });

  it('other people are still other people', () => {
    expect(sameName('Jane (Smith) Doe', 'John Doe')).toBe(false);
    expect(sameName('Wendy (MacKenzie) Pease', 'Wendy Peters')).toBe(false);
  });
});

describe('spellsSlug: the address names the person too', () => {
  it.each([
    ['Tam Lai', 'tam-lai-286604117'],
    ['Dr. DS Chauhan', 'dr-ds-chauhan-70690b49'],
    ['Abgar Gulo', 'abgargulo'],
    ['Jörg Müller', 'jörg-müller'],
    ['Jörg Müller', encodeURIComponent('jörg-müller')],
    ['Wendy (MacKenzie) Pease', 'wendy-pease'],
  ])('%s at /in/%s/', (name, slug) => {
    expect(spellsSlug(name, slug)).toBe(true);
  });

  it.each([
    ['Priya Raman', 'priya-raman-ux'],
    ['Jane Smith', 'tam-lai-286604117'],
    ['Al', 'al'],
    ['Experience', 'tam-lai'],
  ])('not %s at /in/%s/', (name, slug) => {
    expect(spellsSlug(name, slug)).toBe(false);
  });
});
