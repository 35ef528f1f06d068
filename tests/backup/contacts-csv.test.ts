import Papa from 'papaparse';
import { CONTACT_CSV_COLUMNS, contactsToCsv, guardCsvCell } from '@/lib/backup/contacts-csv';
import { aContact } from './contacts-fixture';

function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('contactsToCsv', () => {
  it('writes the header and one row per contact with labels, joined tags and ISO dates', () => {
    const csv = contactsToCsv([
      aContact({
        fullName: 'Ana Lima',
        firstName: 'Ana',
        lastName: 'Lima',
        profileUrl: 'https://www.linkedin.com/in/ana-lima/',
        stage: 'keeping-in-touch',
        tags: ['ux', 'alumni'],
        source: 'Fellow alumna of Lisbon Tech',
        createdAt: Date.UTC(2024, 2, 15),
        updatedAt: Date.UTC(2024, 3, 1, 12),
      }),
    ]);
    const [header, row] = rowsOf(csv);
    expect(header).toEqual([...CONTACT_CSV_COLUMNS]);
    expect(row).toEqual([
      'Ana Lima', 'Ana', 'Lima', 'Product designer', '', '', '', 'https://www.linkedin.com/in/ana-lima/',
      'Keeping in touch', 'ux; alumni', 'Fellow alumna of Lisbon Tech', '',
      '2024-03-15T00:00:00.000Z', '2024-04-01T12:00:00.000Z', '',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\nAna Lima,');
  });

  it('quotes commas, quotes and newlines so every cell reads back exactly', () => {
    const contact = aContact({
      fullName: 'Smith, Robert "Bob"',
      currentCompany: 'Contoso, Ltd.',
      notes: 'Line one\nLine two\r\nLine "three"',
      headline: '<b>Designer</b> & 🌱 · 佐藤',
    });
    const csv = contactsToCsv([contact]);
    expect(csv).toContain('"Smith, Robert ""Bob"""');
    const row = rowsOf(csv)[1]!;
    expect(row[0]).toBe(contact.fullName);
    expect(row[3]).toBe('<b>Designer</b> & 🌱 · 佐藤');
    expect(row[5]).toBe('Contoso, Ltd.');
    expect(row[11]).toBe(contact.notes);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const contact = aContact({
      fullName: '=HYPERLINK("http://evil.example","Click")',
      headline: '+1 555 0100',
      currentTitle: '-2+3',
      currentCompany: '@SUM(A1)',
      location: '\t=cmd',
      notes: '=1+2\nsecond line',
      source: 'Normal = fine',
    });
    const row = rowsOf(contactsToCsv([contact]))[1]!;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(row[3]).toBe("'+1 555 0100");
    expect(row[4]).toBe("'-2+3");
    expect(row[5]).toBe("'@SUM(A1)");
    expect(row[6]).toBe("'\t=cmd");
    expect(row[11]).toBe("'=1+2\nsecond line");
    expect(row[10]).toBe('Normal = fine');
    expect(guardCsvCell('\rx')).toBe("'\rx");
    expect(guardCsvCell('Ana')).toBe('Ana');
  });

  it('can leave out the byte-order mark', () => {
    expect(contactsToCsv([], { bom: false })).toBe(`${CONTACT_CSV_COLUMNS.join(',')}\r\n`);
  });
});
