import type { Table, Transaction } from 'dexie';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';

/**
 * v1 → v2: follow-ups, meetings, outreach, templates and interviews get tables of their own.
 * Contacts saved by v1 gain the fields v2 code relies on (tags, notes, capture warnings) and
 * every user starts with the default templates.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('contacts')
    .toCollection()
    .modify((contact: Record<string, unknown>) => {
      contact.tags ??= [];
      contact.notes ??= '';
      contact.captureWarnings ??= [];
      contact.stage ??= 'identified';
    });
  await seedDefaultTemplates(tx.table('templates'));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the upgrade sees untyped tables
export async function seedDefaultTemplates(table: Table<any, any>) {
  await table.bulkPut(DEFAULT_TEMPLATES.map((t) => ({ ...t })));
}
