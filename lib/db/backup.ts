import { browser } from 'wxt/browser';
import type { Contact } from '@/lib/contacts/contact';
import { applyImport, type ApplyReport } from '@/lib/backup/apply-import';
import { backupFileName, backupRows, buildBackup, parseBackup, refusalText } from '@/lib/backup/format';
import { backupProblems, planProblems } from '@/lib/backup/check-backup';
import { settingsTable } from '@/lib/backup/settings-row';
import { BACKUP_TABLES, contactsTable } from '@/lib/backup/tables';
import { planContactImport, type ContactImportPlan } from '@/lib/backup/import-plan';
import { connectionToContact, parseLinkedInConnections } from '@/lib/backup/linkedin-connections';
import { UserFacingError } from '@/lib/messaging/errors';
import { importReport, type ImportReport } from '@/lib/backup/import-report';
import { loadSettings, type Settings, storeSettings } from '@/lib/settings';
import { commit, type CommandContext } from './command';
import type { CoffeeChatDB } from './database';

const ALL_SPECS = [...BACKUP_TABLES, settingsTable];

export async function exportBackup(db: CoffeeChatDB, now: number): Promise<{ fileName: string; text: string }> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const spec of BACKUP_TABLES) tables[spec.name] = await db.table(spec.name).toArray();
  });
  tables.settings = [{ key: 'settings', ...(await loadSettings()) }];
  const app = { name: 'Coffee Chat', version: appVersion() };
  return { fileName: backupFileName(now), text: buildBackup(tables, { exportedAt: now, app }) };
}

/**
 * Our own JSON: validated in full first, then written all-or-nothing, merged by profile URL.
 * The contacts it merges against are read inside the same transaction that writes, and every
 * contact's reminders are re-derived in it too: the reply comes only once they exist.
 */
export async function importBackup(db: CoffeeChatDB, text: string, now: number, request?: CommandContext['request']): Promise<ImportReport> {
  const parsed = parseBackup(text, ALL_SPECS);
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
  const ctx = { settings: (settings ?? (await loadSettings())).reminders, now, request };
  const out = await commit(db, ctx, async () => {
    // Read inside the transaction: a save racing the import is merged against, not refused.
    const saved = await db.contacts.toArray();
    const plan = planContactImport(saved, contacts, now);
    // All or nothing: one bad reference or duplicate person refuses the file before any write.
    const problems = backupProblems(parsed.backup, BACKUP_TABLES, new Set(saved.map((c) => c.id)));
    // The plan's own refusals (a row merging into a contact another row already claims) only
    // matter once the file itself is sound; before that they repeat what was said.
    if (problems.length === 0) problems.push(...planProblems(plan, contacts));
    if (problems.length > 0) throw new UserFacingError(refusalText(problems));
    const result = report(plan, await applyImport(db, plan, related), (i) => `Contact ${i + 1}`);
    if (contacts.length === 0) result.note = 'This backup holds no contacts.';
    return { result, affected: 'all' };
  });
  // Only once the data is in: a failed import changes nothing, settings included. (storage.local
  // cannot join an IndexedDB transaction; if the worker stops in between, the data is in and
  // the next wake re-derives with the settings then stored.)
  if (settings) await storeSettings(settings);
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
