import { BACKUP_FORMAT, BACKUP_VERSION, type BackupApp, MAX_BACKUP_CHARS } from './format';
import { sortKeysDeep } from './json-text';

/** Thrown when a backup would be larger than any reader accepts: the writer stops instead of writing it. */
export class BackupTooLarge extends Error {}

const ROW_INDENT = '\n      ';

/**
 * Writes a backup as a sequence of text parts, one row at a time, so a 50,000-contact export
 * never holds the whole file (or the whole database) as one string. The envelope is indented
 * for a person who opens the file; each row is one line of compact JSON with its keys sorted,
 * so the same data always gives the same bytes, two exports diff row by row, and a parse error
 * is reported at the row's own line. (Rows indented like the envelope made the file a fifth
 * larger and its export a quarter slower at 10,000 contacts; any JSON reader takes both.)
 *
 * Tables must be written in sorted name order (buildBackup does); the writer counts the
 * characters it has emitted and refuses to go past MAX_BACKUP_CHARS, the reader's limit.
 */
export class BackupWriter {
  private tables = 0;
  private rows = 0;
  private chars = 0;

  constructor(
    private readonly emit: (part: string) => void,
    meta: { exportedAt: number; app: BackupApp },
  ) {
    const head = JSON.stringify(
      {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date(meta.exportedAt).toISOString(),
        app: { name: meta.app.name, version: meta.app.version },
        tables: 0,
      },
      null,
      2,
    );
    // `"tables": 0\n}` → `"tables": {`: the rows follow.
    this.write(`${head.slice(0, head.lastIndexOf('0'))}{`);
  }

  beginTable(name: string): void {
    this.write(`${this.tables++ ? ',' : ''}\n    ${JSON.stringify(name)}: [`);
    this.rows = 0;
  }

  row(row: unknown): void {
    // An undefined row comes out as `null`, as it would in an array.
    const text = JSON.stringify(sortKeysDeep(row)) ?? 'null';
    this.write(`${this.rows++ ? ',' : ''}${ROW_INDENT}${text}`);
  }

  endTable(): void {
    this.write(this.rows ? '\n    ]' : ']');
  }

  end(): void {
    this.write(this.tables ? '\n  }\n}\n' : '}\n}\n');
  }

  private write(part: string): void {
    this.chars += part.length;
    if (this.chars > MAX_BACKUP_CHARS) {
      throw new BackupTooLarge(
        `Your data is too large for one backup file (more than ${MAX_BACKUP_CHARS / 1e6} million characters), so no file was saved. ` +
          'Export contacts as CSV instead, or shorten very long notes.',
      );
    }
    this.emit(part);
  }
}

/**
 * The whole file as one string (small backups, tests): the same writer, parts joined.
 * @internal the pages stream through BackupWriter instead
 */
export function buildBackup(tableData: Record<string, readonly unknown[]>, meta: { exportedAt: number; app: BackupApp }): string {
  const parts: string[] = [];
  const writer = new BackupWriter((part) => parts.push(part), meta);
  for (const name of Object.keys(tableData).sort()) {
    writer.beginTable(name);
    for (const row of tableData[name] ?? []) writer.row(row);
    writer.endTable();
  }
  writer.end();
  return parts.join('');
}
