import type { Contact } from '@/lib/contacts/contact';
import { type Backup, type BackupTableSpec, backupRows, rowName } from './format';
import type { ContactImportPlan } from './import-plan';
import { contactsTable } from './tables';

/**
 * What a backup must hold beyond each row's own schema, checked before anything is written:
 * every reference points at a contact in the same file or already saved (never at itself),
 * and one person appears once. Pure, so the import transaction calls it with what it read.
 * Each problem is a sentence that names its row.
 */
export function backupProblems(
  backup: Backup,
  specs: readonly BackupTableSpec[],
  savedContactIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const contacts = backupRows(backup, contactsTable);
  const fileIds = new Set(contacts.map((c) => c.id));
  const known = (id: string) => fileIds.has(id) || savedContactIds.has(id);

  const byUrl = new Map<string, number>();
  contacts.forEach((contact, index) => {
    const where = rowName(contactsTable, index, contact);
    if (contact.profileUrl) {
      // Schemas store the canonical form, so another letter case or subdomain is caught here too.
      const earlier = byUrl.get(contact.profileUrl);
      if (earlier !== undefined) {
        problems.push(`${where} is the same person as ${rowName(contactsTable, earlier, contacts[earlier])} (the same LinkedIn profile).`);
      } else byUrl.set(contact.profileUrl, index);
    }
    if (contact.referredById === contact.id) problems.push(`${where} is marked as referred by themselves.`);
    else if (contact.referredById !== undefined && !known(contact.referredById)) {
      problems.push(`${where} is referred by someone who is neither in this file nor in your contacts.`);
    }
  });

  for (const spec of specs) {
    if (spec === contactsTable || spec.name === contactsTable.name || !spec.contactIdFields?.length) continue;
    backupRows(backup, spec).forEach((row, index) => {
      for (const field of spec.contactIdFields ?? []) {
        const value = (row as Record<string, unknown>)[field];
        const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
        if (ids.some((id) => typeof id !== 'string' || !known(id))) {
          problems.push(`${rowName(spec, index, row)} belongs to a contact who is neither in this file nor in your contacts.`);
          break;
        }
      }
    });
  }
  return problems;
}

/**
 * A backup is all or nothing: any contact the merge plan could not place (the same person as
 * another row, a merge that would break the record) refuses the whole file.
 */
export function planProblems(plan: ContactImportPlan, incoming: readonly Contact[]): string[] {
  return plan.rejected.map((r) => `${rowName(contactsTable, r.index, incoming[r.index])}: ${r.reason}.`);
}
