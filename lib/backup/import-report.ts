import type { ContactImportPlan } from './import-plan';

/**
 * What an import did, one count per outcome: added + updated + unchanged + rejected.length is
 * always rowsRead, so the user can see that every row of the file was accounted for.
 */
export interface ImportReport {
  /** Contacts (backup) or connection rows (Connections.csv) found in the file. */
  rowsRead: number;
  added: number;
  /** Already saved, and the file changed something about them. */
  updated: number;
  /** Already saved exactly as the file has them. */
  unchanged: number;
  rejected: Array<{ where: string; reason: string }>;
  /** A sentence for a file that held no one ("This backup holds no contacts."). */
  note?: string;
}

/**
 * The report of a written plan. `earlier` are rows refused before planning (a Connections.csv
 * line without a URL), so they count as read and rejected too.
 */
export function importReport(
  plan: ContactImportPlan,
  where: (index: number) => string,
  earlier: ImportReport['rejected'] = [],
): ImportReport {
  const rejected = [...earlier, ...plan.rejected.map((r) => ({ where: where(r.index), reason: r.reason }))];
  const report: ImportReport = {
    rowsRead: plan.add.length + plan.merge.length + plan.report.unchanged + rejected.length,
    added: plan.add.length,
    updated: plan.merge.length,
    unchanged: plan.report.unchanged,
    rejected,
  };
  return report;
}
