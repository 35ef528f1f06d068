import { z } from 'zod';
import { friendlyIssue, issueText } from './issue-text';
import { isPlainObject, parseJsonText } from './json-text';
import type { PhaseClock } from './phase-clock';

export const BACKUP_FORMAT = 'coffee-chat-backup';
export const BACKUP_VERSION = 1;
/**
 * THE size limit of a backup, for the writer (lib/backup/backup-writer.ts stops before passing
 * it) and the reader (parseBackup, and the page before it reads a file) alike, so every file
 * Coffee Chat writes can be read back. 50,000 contacts with notes of a few thousand characters
 * come to around 250 million; V8 cannot hold a string much past 500 million, and JSON.parse
 * on one would exhaust the page's memory, so a file past this is refused before parsing.
 */
export const MAX_BACKUP_CHARS = 300_000_000;

/**
 * A file of this many bytes cannot be within MAX_BACKUP_CHARS (UTF-8 spends at most 3 bytes
 * per UTF-16 character): refused before it is read into memory at all.
 */
export function backupFileTooLarge(bytes: number): string | undefined {
  return bytes > MAX_BACKUP_CHARS * 3 ? tooLargeText(bytes / 3) : undefined;
}

function tooLargeText(chars: number): string {
  return `This file is too large to be a Coffee Chat backup (${Math.round(chars / 1e6)} million characters; a backup holds at most ${MAX_BACKUP_CHARS / 1e6} million).`;
}
export const MAX_ROWS_PER_TABLE = 200_000;

/** Which table a backup holds and how to read it. Tables register here instead of being hard-coded. */
export interface BackupTableSpec<S extends z.ZodType = z.ZodType> {
  /** The Dexie table name, also the key under `tables` in the file. */
  name: string;
  /** Every row is parsed with this on import; its output is what gets stored. */
  schema: S;
  /** The primary-key field: two rows with the same key make the file invalid. */
  key: string;
  /** Fields holding a contact id, re-pointed when an imported contact merges into an existing one. */
  contactIdFields?: readonly string[];
  /** What one row is called in a refusal ("Contact", "Meeting"); the table name if absent. */
  label?: string;
  /** A field that names the row for the user ("fullName" → "Contact 3 (Ana Lima)"). */
  nameField?: string;
}

/**
 * "Contact 3 (Ana Lima)", "Meeting 2": how a refusal names a row, counted from 1 as a person
 * would count them in the file. Tables without a label keep "notes[2]".
 */
export function rowName(spec: Pick<BackupTableSpec, 'name' | 'label' | 'nameField'>, index: number, row?: unknown): string {
  if (!spec.label) return `${spec.name}[${index}]`;
  const name = spec.nameField && isPlainObject(row) ? row[spec.nameField] : undefined;
  const shown = typeof name === 'string' && name.trim() ? ` (${name.trim().slice(0, 60)})` : '';
  return `${spec.label} ${index + 1}${shown}`;
}

/** The one sentence a refused file gets: every problem on its own line, each naming its row. */
export function refusalText(problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(asSentence).join('\n');
  const more = problems.length > MAX_LISTED_PROBLEMS ? `\n…and ${problems.length - MAX_LISTED_PROBLEMS} more.` : '';
  return `This backup has records Coffee Chat can't use, so nothing was imported:\n${listed}${more}`;
}

function asSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export const BackupApp = z.object({
  name: z.string().min(1).max(100),
  version: z.string().min(1).max(40),
});
export type BackupApp = z.infer<typeof BackupApp>;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  app: BackupApp,
  tables: z.record(z.string().max(64), z.array(z.unknown()).max(MAX_ROWS_PER_TABLE)),
});
export type Backup = z.infer<typeof Backup>;

export type ParseBackupResult =
  | {
      ok: true;
      backup: Backup;
      /** Tables in the file that no spec describes (from a later build): left out, never guessed at. */
      ignoredTables: string[];
    }
  | { ok: false; error: string };

/** "coffee-chat-backup-2024-03-15.json" (UTC date, so it matches exportedAt inside). */
export function backupFileName(exportedAt: number): string {
  return `${BACKUP_FORMAT}-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

/** The validated rows of one table, typed by its spec. */
export function backupRows<S extends z.ZodType>(backup: Backup, spec: BackupTableSpec<S>): z.output<S>[] {
  return (Object.hasOwn(backup.tables, spec.name) ? backup.tables[spec.name] : []) as z.output<S>[];
}

const MAX_LISTED_PROBLEMS = 5;

/**
 * Reads a backup file. Every registered table's rows go through its schema; one bad row fails
 * the whole file, because a restore that silently drops records is worse than one that stops.
 */
export function parseBackup(text: string, specs: readonly BackupTableSpec[], clock?: PhaseClock): ParseBackupResult {
  if (text.length > MAX_BACKUP_CHARS) {
    return fail(tooLargeText(text.length));
  }
  if (text.trim() === '') return fail('The file is empty. Choose a Coffee Chat backup (.json) file.');

  const stopParse = clock?.start('parse JSON');
  const json = parseJsonText(text.replace(/^\uFEFF/, ''));
  stopParse?.();
  if (!json.ok) return fail(jsonErrorText(text, json));

  const raw = json.value;
  if (!isPlainObject(raw)) return fail(`This isn't a Coffee Chat backup: the file holds ${kindOf(raw)}, not a backup.`);
  if (raw.format !== BACKUP_FORMAT) {
    return fail(
      typeof raw.format === 'string'
        ? `This isn't a Coffee Chat backup: its "format" is ${JSON.stringify(raw.format.slice(0, 60))}, not "${BACKUP_FORMAT}".`
        : `This isn't a Coffee Chat backup: it has no "format": "${BACKUP_FORMAT}" field.`,
    );
  }
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer Coffee Chat (version ${raw.version}); update the extension and try again.`,
    );
  }

  const stopValidate = clock?.start('validate');
  const envelope = Backup.safeParse(raw, { error: friendlyIssue });
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    return fail(`This backup's header is damaged: ${first ? issueText(first) : 'unknown problem'}.`);
  }

  const problems: string[] = [];
  const tables: Record<string, unknown[]> = {};
  const known = new Set<string>();
  for (const spec of specs) {
    known.add(spec.name);
    // A backup from before a table existed simply has no rows for it.
    const rows = Object.hasOwn(envelope.data.tables, spec.name) ? (envelope.data.tables[spec.name] ?? []) : [];
    tables[spec.name] = parseRows(spec, rows, problems);
  }
  stopValidate?.();
  if (problems.length > 0) return fail(refusalText(problems));

  return {
    ok: true,
    backup: { ...envelope.data, tables },
    ignoredTables: Object.keys(envelope.data.tables).filter((name) => !known.has(name)),
  };
}

function parseRows(spec: BackupTableSpec, rows: readonly unknown[], problems: string[]): unknown[] {
  const out: unknown[] = [];
  const seenKeys = new Map<unknown, number>();
  rows.forEach((row, index) => {
    // Named only when refused: most rows never need it.
    const where = () => rowName(spec, index, row);
    const parsed = spec.schema.safeParse(row, { error: friendlyIssue });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      problems.push(`${where()}: ${first ? issueText(first) : 'is not valid'}`);
      return;
    }
    const key = isPlainObject(parsed.data) ? parsed.data[spec.key] : undefined;
    const earlier = seenKeys.get(key);
    if (key !== undefined && earlier !== undefined) {
      problems.push(`${where()}: ${spec.key} ${JSON.stringify(key)} is used twice (also by ${rowName(spec, earlier, rows[earlier])})`);
      return;
    }
    seenKeys.set(key, index);
    out.push(parsed.data);
  });
  return out;
}

function jsonErrorText(text: string, json: Extract<ReturnType<typeof parseJsonText>, { ok: false }>): string {
  if (json.truncated) {
    return 'This backup file ends too early: it looks cut off (an interrupted download or copy). Export a new backup, or copy the file again.';
  }
  // People pick the wrong file from Downloads; LinkedIn's export is the likeliest one.
  const firstLine = text.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (/^(Notes:|First Name,)/i.test(firstLine)) {
    return 'This looks like a CSV file (such as LinkedIn\'s Connections.csv), not a backup. Use "Import LinkedIn connections" for it.';
  }
  const where = json.line !== undefined ? ` (line ${json.line}, column ${json.column})` : '';
  return `This file isn't valid JSON${where}, so it isn't a Coffee Chat backup or it was damaged.`;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

function fail(error: string): ParseBackupResult {
  return { ok: false, error };
}
