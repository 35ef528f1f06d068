import type { Transaction } from 'dexie';
import { isSaneTimestamp, SHIPPED_AT } from '@/lib/records/fields';

/**
 * v2 → v3: every stored date must be within 1990–2100 (lib/records/fields.ts), so that a backup
 * of the workspace imports again. v2 dated the shipped templates 0 (1970); they get SHIPPED_AT.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('templates')
    .toCollection()
    .modify((template: Record<string, unknown>) => {
      if (!isSaneTimestamp(template.createdAt)) template.createdAt = SHIPPED_AT;
      if (!isSaneTimestamp(template.updatedAt)) template.updatedAt = SHIPPED_AT;
    });
}
