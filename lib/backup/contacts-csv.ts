import Papa from 'papaparse';
import type { Contact } from '@/lib/contacts/contact';
import { STAGE_LABELS } from '@/lib/contacts/stage';

export const CONTACT_CSV_COLUMNS = [
  'Full name',
  'First name',
  'Last name',
  'Headline',
  'Current title',
  'Current company',
  'Location',
  'LinkedIn URL',
  'Stage',
  'Tags',
  'Source',
  'Notes',
  'Saved at',
  'Updated at',
  'Email',
] as const;

/**
 * Contacts as a spreadsheet: CRLF rows (RFC 4180) and a UTF-8 byte-order mark, without which
 * Excel reads the file as ANSI and mangles accented, non-Latin and emoji names.
 */
export function contactsToCsv(contacts: readonly Contact[], options: { bom?: boolean } = {}): string {
  const data = contacts.map((c) =>
    [
      c.fullName,
      c.firstName,
      c.lastName,
      c.headline,
      c.currentTitle,
      c.currentCompany,
      c.location,
      c.profileUrl,
      STAGE_LABELS[c.stage],
      c.tags.join('; '),
      c.source,
      c.notes,
      new Date(c.createdAt).toISOString(),
      new Date(c.updatedAt).toISOString(),
      c.email,
    ].map((cell) => guardCsvCell(cell ?? '')),
  );
  // Papa ends the text with a newline only when there are no rows; end it with one always.
  const csv = `${Papa.unparse({ fields: [...CONTACT_CSV_COLUMNS], data }, { newline: '\r\n' }).replace(/\r\n$/, '')}\r\n`;
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
}

/**
 * CSV/formula injection: Excel, LibreOffice and Google Sheets run a cell that starts with
 * = + - @ (or a tab or CR before one) as a formula, and a LinkedIn headline or name is written
 * by a stranger — "=HYPERLINK(...)" would become a live link or worse in the user's sheet. A
 * leading apostrophe makes the spreadsheet show the text as typed. (Papa's own escapeFormulae
 * misses multi-line cells: its pattern has no `s` flag.)
 */
export function guardCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
