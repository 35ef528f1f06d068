import { browser } from 'wxt/browser';
import type { Contact } from '@/lib/contacts/contact';
import { applyImport, type ApplyReport } from '@/lib/backup/apply-import';
import { backupFileName, backupFileTooLarge, backupRows, parseBackup, type ParseBackupResult, refusalText } from '@/lib/backup/format';
import { BackupTooLarge, BackupWriter } from '@/lib/backup/backup-writer';
import { backupProblems, planProblems } from '@/lib/backup/check-backup';
import { settingsTable } from '@/lib/backup/settings-row';
import { BACKUP_TABLES, contactsTable } from '@/lib/backup/tables';
import { planContactImport, type ContactImportPlan } from '@/lib/backup/import-plan';
import { type PhaseClock, phaseClock } from '@/lib/backup/phase-clock';
import { connectionToContact, parseLinkedInConnections } from '@/lib/backup/linkedin-connections';
import { UserFacingError } from '@/lib/messaging/errors';
import { importReport, type ImportReport } from '@/lib/backup/import-report';
import { loadSettings, type Settings, storeSettings, THIS_BROWSER_SETTINGS } from '@/lib/settings';
import { commit, type CommandContext } from './command';
import type { CoffeeChatDB } from './database';

const ALL_SPECS = [...BACKUP_TABLES, settingsTable];

/** How far an export or import has got, for a progress bar: `done` of `total` rows. */
export interface BackupProgress {
  phase: 'exporting' | 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}
type OnProgress = (progress: BackupProgress) => void;

/**
 * Rows read per query: large enough that IndexedDB round trips do not dominate, small enough to
 * free each page. With the read-ahead below, 1,000 was the fastest of 500–4,000 (npm run bench).
 */
const PAGE_ROWS = 1_000;

/**
 * The whole workspace as one backup file, built where the database is (an extension page) so
 * no message carries it: Chrome refuses messages past 64 MiB, which 50,000 contacts pass.
 * Tables are read page by page by primary key inside ONE read transaction (a consistent
 * snapshot: a save racing the export is in it entirely or not at all) and each page becomes
 * a Blob at once, so neither the rows nor the text of the whole database are held together.
 * `settings` is for a caller that cannot read storage itself (Chrome's offscreen document,
 * which may use chrome.runtime only): the worker reads them and sends them along.
 */
export async function exportBackup(
  db: CoffeeChatDB,
  now: number,
  onProgress?: OnProgress,
  givenSettings?: Settings,
): Promise<{ fileName: string; blob: Blob }> {
  const clock = phaseClock('export');
  const settings = { key: 'settings', ...(givenSettings ?? (await clock.time('settings', loadSettings))) };
  const app = { name: 'Coffee Chat', version: appVersion() };
  const blobs: Blob[] = [];
  let pending: string[] = [];
  const flush = () => {
    const stop = clock.start('blob');
    if (pending.length) blobs.push(new Blob(pending));
    pending = [];
    stop();
  };
  const writer = new BackupWriter((part) => pending.push(part), { exportedAt: now, app });
  const names = [...BACKUP_TABLES.map((t) => t.name), settingsTable.name].sort();
  const stored = BACKUP_TABLES.map((t) => db.table(t.name));
  try {
    await db.transaction('r', stored, async () => {
      const counts = await Promise.all(stored.map((t) => t.count()));
      const total = counts.reduce((a, b) => a + b, 1);
      let done = 0;
      for (const name of names) {
        writer.beginTable(name);
        if (name === settingsTable.name) {
          writer.row(settings);
          done += 1;
        } else {
          const table = db.table<{ id: string }, string>(name);
          const after = (last?: string) => {
            const read = (last === undefined ? table.toCollection() : table.where(':id').above(last)).limit(PAGE_ROWS).toArray();
            // A read still in flight when the export stops (too large) fails with the
            // transaction; the error that stopped it is the one to report.
            read.catch(() => undefined);
            return read;
          };
          // Primary-key paging: each page starts after the last key read, never re-counts an
          // offset. The next page is asked for before this one is serialised, so IndexedDB
          // reads it from disk while the main thread writes text.
          let next = after();
          for (;;) {
            const page = await clock.time('read', () => next);
            const last = page.at(-1)?.id;
            const more = page.length === PAGE_ROWS && last !== undefined;
            if (more) next = after(last);
            const serialise = clock.start('serialise');
            for (const row of page) writer.row(row);
            serialise();
            done += page.length;
            flush();
            onProgress?.({ phase: 'exporting', done, total });
            if (!more) break;
          }
        }
        writer.endTable();
      }
    });
  } catch (error) {
    if (error instanceof BackupTooLarge) throw new UserFacingError(error.message);
    throw error;
  }
  writer.end();
  flush();
  const blob = clock.time('blob', () => new Blob(blobs, { type: 'application/json' }));
  clock.end();
  return { fileName: backupFileName(now), blob };
}

/**
 * A backup file chosen by the user, imported in the page that holds it: its size is checked
 * before it is read, then it goes through importBackup (parsed and checked in full, then one
 * commit). The caller asks the background to re-sync alarms afterwards.
 */
export async function importBackupFile(db: CoffeeChatDB, file: Blob, now: number, onProgress?: OnProgress): Promise<ImportReport> {
  const tooLarge = backupFileTooLarge(file.size);
  if (tooLarge) throw new UserFacingError(tooLarge);
  onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const clock = phaseClock('import');
  return importParsed(db, await readBackupFile(file, clock, onProgress), now, onProgress, clock);
}

/**
 * The file's text lives only in this call: once parsed it can be collected, instead of staying
 * alive (up to 300 M characters) in the caller's frame through the whole write.
 */
async function readBackupFile(file: Blob, clock: PhaseClock, onProgress?: OnProgress): Promise<ParseBackupResult> {
  const text = await clock.time('read file', () => file.text());
  // Let the page paint "Checking…" before parsing holds the main thread.
  onProgress?.({ phase: 'checking', done: 0, total: 1 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return parseBackup(text, ALL_SPECS, clock);
}

/**
 * Our own JSON: validated in full first, then written all-or-nothing, merged by profile URL.
 * The contacts it merges against are read inside the same transaction that writes, and every
 * contact's reminders are re-derived in it too: the reply comes only once they exist.
 */
async function importParsed(
  db: CoffeeChatDB,
  parsed: ParseBackupResult,
  now: number,
  onProgress: OnProgress | undefined,
  clock: PhaseClock,
): Promise<ImportReport> {
  if (!parsed.ok) throw new UserFacingError(parsed.error);
  const contacts = backupRows(parsed.backup, contactsTable) as Contact[];
  const related = BACKUP_TABLES.filter((t) => t !== contactsTable).map((spec) => ({
    table: spec.name,
    rows: backupRows(parsed.backup, spec),
    contactIdFields: spec.contactIdFields ?? [],
  }));
  const [settingsRow] = backupRows(parsed.backup, settingsTable) as Array<Settings & { key?: string }>;
  const { key: _key, ...imported } = settingsRow ?? {};
  const settings = settingsRow ? (imported as Settings) : undefined;
  // Reminders follow the timings that will be in force once the import is done.
  const ctx = { settings: (settings ?? (await loadSettings())).reminders, now, clock };
  onProgress?.({ phase: 'writing', done: 0, total: 1 });
  const out = await commit(db, ctx, async () => {
    // Read inside the transaction: a save racing the import is merged against, not refused.
    const saved = await clock.time('read saved', () => db.contacts.toArray());
    const stopPlan = clock.start('plan');
    const plan = planContactImport(saved, contacts, now, { parsed: true });
    // All or nothing: one bad reference or duplicate person refuses the file before any write.
    const problems = backupProblems(parsed.backup, BACKUP_TABLES, new Set(saved.map((c) => c.id)));
    stopPlan();
    // The plan's own refusals (a row merging into a contact another row already claims) only
    // matter once the file itself is sound; before that they repeat what was said.
    if (problems.length === 0) problems.push(...planProblems(plan, contacts));
    if (problems.length > 0) throw new UserFacingError(refusalText(problems));
    const result = report(plan, await clock.time('write', () => applyImport(db, plan, related)), (i) => `Contact ${i + 1}`);
    if (contacts.length === 0) result.note = 'This backup holds no contacts.';
    // What the contacts table now holds (read above, in this transaction, plus what was written):
    // re-deriving every contact need not read them all back.
    const mergedById = new Map(plan.merge.map((m) => [m.merged.id, m.merged]));
    const stored = [...saved.map((c) => mergedById.get(c.id) ?? c), ...plan.add];
    return { result, affected: 'all', contacts: stored };
  });
  // Only once the data is in: a failed import changes nothing, settings included. (storage.local
  // cannot join an IndexedDB transaction; if the page closes in between, the data is in and
  // the background's next wake re-derives with the settings then stored.)
  if (settings) {
    await clock.time('store settings', async () => {
      // This browser's own switches (the automatic backup and its permission) stay as they are.
      const current = await loadSettings();
      const kept = Object.fromEntries(THIS_BROWSER_SETTINGS.map((k) => [k, current[k]]));
      await storeSettings({ ...settings, ...kept });
    });
  }
  clock.end();
  return out;
}

/** LinkedIn's Connections.csv: new people are added, people already saved only gain what they lacked. */
export async function importLinkedInCsv(db: CoffeeChatDB, text: string, now: number, request?: CommandContext['request']): Promise<ImportReport> {
  const parsed = parseLinkedInConnections(text, now);
  if (!parsed.ok) throw new UserFacingError(parsed.error);
  if (parsed.contacts.length === 0 && parsed.rejected.length === 0) {
    throw new UserFacingError('This Connections.csv has its header row but no connections in it, so nothing was imported.');
  }
  const incoming = parsed.contacts.map((c) => connectionToContact(c, crypto.randomUUID(), now));
  const ctx = { settings: (await loadSettings()).reminders, now, request };
  const earlier = parsed.rejected.map((r) => ({ where: `line ${r.line}`, reason: r.reason }));
  return commit(db, ctx, async () => {
    const plan = planContactImport(await db.contacts.toArray(), incoming, now, { precedence: 'existing' });
    return { result: report(plan, await applyImport(db, plan), (i) => `row ${i + 1}`, earlier), affected: 'all' };
  });
}

/** The counts come from the plan; a failed write refuses everything (nothing was imported). */
function report(
  plan: ContactImportPlan,
  applied: { ok: true; report: ApplyReport } | { ok: false; error: string },
  where: (index: number) => string,
  earlier: ImportReport['rejected'] = [],
): ImportReport {
  if (!applied.ok) throw new UserFacingError(applied.error);
  return importReport(plan, where, earlier);
}

function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'dev';
  }
}
