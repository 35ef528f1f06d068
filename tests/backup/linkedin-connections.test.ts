import { readFileSync } from 'node:fs';
import { planContactImport } from '@/lib/backup/import-plan';
import { connectionToContact, parseConnectedOn, parseLinkedInConnections } from '@/lib/backup/linkedin-connections';
import { aContact } from './contacts-fixture';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/backup/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2024, 5, 1);
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function parsed(text: string) {
  const result = parseLinkedInConnections(text, NOW);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('parseLinkedInConnections on a real-shaped Connections.csv', () => {
  const text = fixture('Connections.csv');
  const result = parsed(text);

  it('is the CRLF file with a notes preamble it claims to be', () => {
    expect(text.startsWith('Notes:\r\n"When exporting your connection data')).toBe(true);
    expect(text.split('\r\n')[3]).toBe(HEADER);
  });

  it('reads every row with a URL, whatever the names hold', () => {
    expect(result.contacts).toEqual([
      {
        fullName: 'Ana Lima',
        firstName: 'Ana',
        lastName: 'Lima',
        profileUrl: 'https://www.linkedin.com/in/ana-lima-ux/',
        currentCompany: 'Northwind Health',
        currentTitle: 'Senior UX Researcher',
        connectedOn: '2024-03-15',
      },
      {
        fullName: 'Robert "Bob" Smith, Jr.',
        firstName: 'Robert "Bob"',
        lastName: 'Smith, Jr.',
        profileUrl: 'https://www.linkedin.com/in/bobsmithjr/',
        email: 'bob.smith@example.com',
        currentCompany: 'Contoso, Ltd.',
        currentTitle: 'Head of Data',
        connectedOn: '2023-01-02',
      },
      {
        fullName: 'Zoë 🌱 Okafor',
        firstName: 'Zoë 🌱',
        lastName: 'Okafor',
        profileUrl: 'https://www.linkedin.com/in/zoe-okafor/',
        currentCompany: 'Fabrikam',
        currentTitle: 'Product Manager, Growth Part-time mentor',
        connectedOn: '2022-02-28',
      },
      {
        fullName: '美咲 佐藤',
        firstName: '美咲',
        lastName: '佐藤',
        profileUrl: 'https://www.linkedin.com/in/misaki-sato-123/',
        currentCompany: '株式会社サンプル',
        currentTitle: 'エンジニア',
        connectedOn: '2021-11-07',
      },
      {
        fullName: 'Дмитрий Иванов',
        firstName: 'Дмитрий',
        lastName: 'Иванов',
        profileUrl: 'https://www.linkedin.com/in/dmitry-ivanov/',
        currentCompany: 'Adventure Works',
        currentTitle: 'Analyst',
        connectedOn: '2024-04-01',
      },
      {
        fullName: 'Priya Raman',
        firstName: 'Priya',
        lastName: 'Raman',
        profileUrl: 'https://www.linkedin.com/in/priya-raman-b4a1b2/',
        // Untrusted text stays literal here; the CSV export is what defuses formulas.
        currentCompany: '<b>Wide</b> World Importers',
        currentTitle: '=HYPERLINK("http://evil.example")',
        connectedOn: '2019-08-19',
      },
    ]);
  });

  it('rejects the row without a URL by its line in the file (notes and a two-line cell counted)', () => {
    expect(result.rejected).toEqual([{ line: 10, reason: "no LinkedIn URL for Lena Fischer, so it can't be matched to a profile" }]);
    expect(text.split('\r\n')[9]).toMatch(/^Lena,Fischer,,/);
  });

  it('becomes contacts that only fill gaps in people already saved', () => {
    const saved = aContact({ profileUrl: 'https://www.linkedin.com/in/ana-lima-ux/', fullName: 'Ana Lima', source: 'Met at UX Lisbon', currentTitle: undefined });
    const incoming = result.contacts.map((c, i) => connectionToContact(c, `li-${i}`, NOW));
    const plan = planContactImport([saved], incoming, NOW, { precedence: 'existing' });
    expect(plan.report).toEqual({ added: 5, merged: 1, unchanged: 0, rejected: 0 });
    expect(plan.merge[0]?.merged).toMatchObject({ id: saved.id, source: 'Met at UX Lisbon', currentTitle: 'Senior UX Researcher' });
    expect(plan.add[0]).toMatchObject({ id: 'li-1', source: 'LinkedIn connection', stage: 'identified', createdAt: NOW });
  });

  it('keeps the email address, so "Open in email" can address the message', () => {
    const bob = result.contacts.find((c) => c.lastName === 'Smith, Jr.')!;
    expect(connectionToContact(bob, 'b', NOW).email).toBe('bob.smith@example.com');
  });
});

describe('parseLinkedInConnections on other input', () => {
  it('finds a header on the first line, LF line ends, a BOM and columns in another order', () => {
    const result = parsed('\uFEFFURL,Last Name,First Name\nhttps://linkedin.com/in/Sam-Doe?miniProfileUrn=x,Doe,Sam\n');
    expect(result.contacts).toEqual([{ fullName: 'Sam Doe', firstName: 'Sam', lastName: 'Doe', profileUrl: 'https://www.linkedin.com/in/sam-doe/' }]);
  });

  it('rejects rows that cannot become contacts, with their lines', () => {
    const text = [
      HEADER,
      'Ana,Lima,https://www.linkedin.com/in/ana/,,,,',
      'Bob,Ray,https://example.com/in/bob,,,,',
      ',,https://www.linkedin.com/in/nameless/,,,,',
      'Ana,Lima,https://www.linkedin.com/in/ANA,,,,',
      `${'A'.repeat(400)},B,https://www.linkedin.com/in/long/,,,,`,
      '',
      'Cy,Tan,https://www.linkedin.com/in/cy/,not-an-email,,,31 Feb 2024',
    ].join('\r\n');
    const result = parsed(text);
    expect(result.contacts.map((c) => c.fullName)).toEqual(['Ana Lima', 'Cy Tan']);
    expect(result.contacts[1]).not.toHaveProperty('email');
    expect(result.contacts[1]).not.toHaveProperty('connectedOn');
    expect(result.rejected).toEqual([
      { line: 3, reason: 'URL is not a linkedin.com/in/ profile link' },
      { line: 4, reason: 'no name' },
      { line: 5, reason: 'same LinkedIn profile as line 2' },
      { line: 6, reason: 'fullName is too long (402 characters; at most 300)' },
    ]);
  });

  it('rejects a row cut off inside quotes and keeps the rows before it', () => {
    const result = parsed(fixture('Connections-truncated.csv'));
    expect(result.contacts.map((c) => c.fullName)).toEqual(['Ana Lima', 'Omar Haddad']);
    expect(result.rejected).toEqual([{ line: 7, reason: 'a quoted field never ends, so the file may be cut off here' }]);
  });

  it('says so when the file is not Connections.csv', () => {
    for (const text of [fixture('Invitations.csv'), 'Notes:\r\nsomething\r\n\r\nName,Profile\r\nAna,x\r\n', '{"format":"coffee-chat-backup"}']) {
      expect(parseLinkedInConnections(text, NOW)).toEqual({
        ok: false,
        error: expect.stringContaining('there is no header row with First Name, Last Name, URL'),
      });
    }
    expect(parseLinkedInConnections('\r\n', NOW)).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parsed(`Notes:\r\n\r\n${HEADER}\r\n`)).toEqual({ ok: true, contacts: [], rejected: [] });
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['15 Mar 2024', '2024-03-15'],
    ['7 Nov 2021', '2021-11-07'],
    ['01 Sept 2020', '2020-09-01'],
    ['2023-01-02', '2023-01-02'],
    ['29 Feb 2023', undefined],
    ['15 Foo 2024', undefined],
    ['3/15/24', undefined],
    ['', undefined],
    ['15 Mar 2030', undefined], // after `now`: a misread column
  ])('%j → %j', (value, expected) => {
    expect(parseConnectedOn(value, NOW)).toBe(expected);
  });
});
