import { contactToVCard, contactsToVCards, escapeText, foldLine, vcardFileName } from '@/lib/backup/vcard';
import { aContact } from './contacts-fixture';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 2426 unfolding: a CRLF followed by one space disappears. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('contactToVCard', () => {
  it('writes a vCard 3.0 with CRLF line ends', () => {
    const card = contactToVCard(
      aContact({
        id: 'c-42',
        fullName: 'Ana Lima',
        firstName: 'Ana',
        lastName: 'Lima',
        currentCompany: 'Northwind Health',
        currentTitle: 'Senior UX Researcher',
        profileUrl: 'https://www.linkedin.com/in/ana-lima/',
        headline: 'UX research for health apps',
      }),
    );
    expect(card).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ana Lima',
        'N:Lima;Ana;;;',
        'ORG:Northwind Health',
        'TITLE:Senior UX Researcher',
        'URL:https://www.linkedin.com/in/ana-lima/',
        'NOTE:UX research for health apps',
        'UID:c-42',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslash, comma, semicolon and newlines, and keeps HTML literal', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
    const card = contactToVCard(
      aContact({
        fullName: 'Smith, Robert; "Bob"',
        firstName: undefined,
        lastName: undefined,
        currentCompany: 'Contoso; R&D',
        headline: '<b>Data</b>\nand AI',
        profileUrl: undefined,
      }),
    );
    expect(card).toContain('\r\nFN:Smith\\, Robert\\; "Bob"\r\n');
    expect(card).toContain('\r\nN:;;;;\r\n');
    expect(card).toContain('\r\nORG:Contoso\\; R&D\r\n');
    expect(card).toContain('\r\nNOTE:<b>Data</b>\\nand AI\r\n');
    expect(card).not.toContain('URL:');
  });

  it('folds lines at 75 octets without splitting characters or escapes', () => {
    const headline = `${'Ünïcödé 🌱 佐藤, '.repeat(12)}end`;
    const card = contactToVCard(aContact({ headline }));
    for (const line of card.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const note = unfold(card).split('\r\n').find((l) => l.startsWith('NOTE:'));
    expect(note).toBe(`NOTE:${escapeText(headline)}`);
    expect(card).not.toMatch(/\\\r\n /);
    expect(card).not.toContain('\uFFFD');

    const ascii = foldLine('X'.repeat(200));
    const lines = ascii.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(foldLine('short')).toBe('short');
  });

  it('joins several cards into one file', () => {
    const text = contactsToVCards([aContact(), aContact()]);
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
  });
});

describe('vcardFileName', () => {
  it.each([
    ['Ana Lima', 'Ana Lima.vcf'],
    ['Zoë 🌱 Okafor', 'Zoë 🌱 Okafor.vcf'],
    ['佐藤 美咲', '佐藤 美咲.vcf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j.vcf'],
    ['../..', 'contact.vcf'],
    ['CON', 'contact CON.vcf'],
    ['   ', 'contact.vcf'],
  ])('%j → %j', (fullName, expected) => {
    expect(vcardFileName({ fullName })).toBe(expected);
  });

  it('keeps long names short', () => {
    expect(Array.from(vcardFileName({ fullName: '🌱'.repeat(200) })).length).toBe(84);
  });
});
