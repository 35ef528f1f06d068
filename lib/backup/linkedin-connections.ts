import Papa from 'papaparse';
import { z } from 'zod';
import { profileUrlFromInput } from '@/lib/capture/profile-url';
import { Profile } from '@/lib/capture/profile';
import type { Contact } from '@/lib/contacts/contact';
import { friendlyIssue, issueText } from './issue-text';

/** One row of LinkedIn's Connections.csv, ready to become a contact. */
export const LinkedInConnection = z.object({
  fullName: Profile.shape.fullName,
  firstName: Profile.shape.firstName,
  lastName: Profile.shape.lastName,
  profileUrl: Profile.shape.profileUrl,
  currentCompany: Profile.shape.currentCompany,
  currentTitle: Profile.shape.currentTitle,
  email: z.email().max(320).optional(),
  /** The day the user connected, as YYYY-MM-DD. */
  connectedOn: z.iso.date().optional(),
});
export type LinkedInConnection = z.infer<typeof LinkedInConnection>;

export type ConnectionsParseResult =
  | { ok: true; contacts: LinkedInConnection[]; rejected: Array<{ line: number; reason: string }> }
  | { ok: false; error: string };

const COLUMNS = {
  firstName: 'first name',
  lastName: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['firstName', 'lastName', 'url'];

/** The notes LinkedIn puts above the header are three lines today; allow for many more. */
const MAX_ROWS_BEFORE_HEADER = 50;

const NOT_CONNECTIONS =
  "This doesn't look like LinkedIn's Connections.csv: there is no header row with First Name, Last Name, URL. " +
  'On LinkedIn, open Settings → Data privacy → Get a copy of your data, choose Connections, and import the Connections.csv it sends.';

/**
 * Reads Connections.csv from LinkedIn's "Get a copy of your data". Rows that cannot become a
 * contact are listed with their line in the file (counting the notes above the header), so the
 * user can find them in a text editor or spreadsheet.
 */
export function parseLinkedInConnections(csvText: string, now: number): ConnectionsParseResult {
  const text = csvText.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };

  const lineStarts = lineStartOffsets(text);
  let columns: Partial<Record<Column, number>> | undefined;
  let rowCount = 0;
  let rowStart = 0;
  const contacts: LinkedInConnection[] = [];
  const rejected: Array<{ line: number; reason: string }> = [];
  const seenUrls = new Map<string, number>();

  // Step mode, because the cursor it reports is the only way back from a row to its line
  // number once quoted fields span several lines.
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result, parser) => {
      const line = lineAt(lineStarts, rowStart);
      rowStart = result.meta.cursor;
      rowCount += 1;
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;

      if (!columns) {
        columns = headerColumns(cells);
        if (!columns && rowCount >= MAX_ROWS_BEFORE_HEADER) parser.abort();
        return;
      }
      if (result.errors.length > 0) {
        rejected.push({ line, reason: 'a quoted field never ends, so the file may be cut off here' });
        return;
      }
      const row = readRow(cells, columns, now);
      if (!row.ok) {
        rejected.push({ line, reason: row.reason });
        return;
      }
      const twin = seenUrls.get(row.connection.profileUrl);
      if (twin !== undefined) {
        rejected.push({ line, reason: `same LinkedIn profile as line ${twin}` });
        return;
      }
      seenUrls.set(row.connection.profileUrl, line);
      contacts.push(row.connection);
    },
  });

  if (!columns) return { ok: false, error: NOT_CONNECTIONS };
  return { ok: true, contacts, rejected };
}

function headerColumns(cells: readonly string[]): Partial<Record<Column, number>> | undefined {
  const names = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase());
  const columns: Partial<Record<Column, number>> = {};
  for (const [column, label] of Object.entries(COLUMNS) as Array<[Column, string]>) {
    const index = names.indexOf(label);
    if (index >= 0) columns[column] = index;
  }
  return REQUIRED.every((column) => columns[column] !== undefined) ? columns : undefined;
}

function readRow(
  cells: readonly string[],
  columns: Partial<Record<Column, number>>,
  now: number,
): { ok: true; connection: LinkedInConnection } | { ok: false; reason: string } {
  const cell = (column: Column) => {
    const index = columns[column];
    // Names, companies and titles are one-line fields on LinkedIn; a line break inside one is noise.
    return index === undefined ? '' : (cells[index] ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
  };
  const firstName = cell('firstName');
  const lastName = cell('lastName');
  const fullName = [firstName, lastName].filter(Boolean).join(' ');
  const rawUrl = cell('url');
  // LinkedIn leaves URL empty for members who limit what their connections can export.
  if (!rawUrl) return { ok: false, reason: `no LinkedIn URL${fullName ? ` for ${fullName}` : ''}, so it can't be matched to a profile` };
  const canonical = profileUrlFromInput(rawUrl);
  if (!canonical) return { ok: false, reason: `URL is not a linkedin.com/in/ profile link` };
  if (!fullName) return { ok: false, reason: 'no name' };

  const email = cell('email');
  const parsed = LinkedInConnection.safeParse(
    withoutEmpty({
      fullName,
      firstName,
      lastName,
      profileUrl: canonical, // slug already lower-cased; the hex of %-escapes must stay upper-case to match captures
      currentCompany: cell('company'),
      currentTitle: cell('position'),
      // Many exports carry no email ("may notice that some of the email addresses are missing").
      email: z.email().safeParse(email).success ? email : undefined,
      connectedOn: parseConnectedOn(cell('connectedOn'), now),
    }),
    { error: friendlyIssue },
  );
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0] ? issueText(parsed.error.issues[0]) : 'not valid' };
  return { ok: true, connection: parsed.data };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "15 Mar 2024" (what LinkedIn writes, always English) or an ISO date → "2024-03-15". A date
 * that does not exist or lies after `now` means a misread column, so it is left out rather than kept.
 */
export function parseConnectedOn(value: string, now: number): string | undefined {
  let match = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -](\d{4})$/.exec(value);
  let year: number, month: number, day: number;
  if (match?.[1] && match[2] && match[3]) {
    [day, month, year] = [Number(match[1]), MONTHS.indexOf(match[2].toLowerCase()) + 1, Number(match[3])];
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)) && match[1] && match[2] && match[3]) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date.getTime() > now) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A connection as a new contact. Its updatedAt is `now` so new contacts sort as just added;
 * import these with `precedence: 'existing'` so they only fill gaps in contacts already saved.
 */
export function connectionToContact(connection: LinkedInConnection, id: string, now: number): Contact {
  return {
    id,
    profileUrl: connection.profileUrl,
    fullName: connection.fullName,
    firstName: connection.firstName,
    lastName: connection.lastName,
    currentCompany: connection.currentCompany,
    currentTitle: connection.currentTitle,
    ...(connection.email ? { email: connection.email } : {}),
    source: 'LinkedIn connection',
    createdAt: now,
    updatedAt: now,
    stage: 'identified',
    tags: [],
    notes: '',
    experience: [],
    education: [],
    captureWarnings: [],
  };
}

/** Drops fields the row left blank, so records hold only what LinkedIn gave. */
function withoutEmpty(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** Offsets where each line of the file starts (CRLF, LF and lone CR all end a line). */
function lineStartOffsets(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** 1-based line number of an offset, by binary search over the line starts. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
