import Dexie from 'dexie';
import type { CoffeeChatDB } from '@/lib/db/database';

let n = 0;

/**
 * A database shaped like CoffeeChatDB without its migrations, so these tests do not depend on
 * the schema's later versions. `v1` has contacts only (no reminders or meetings yet); `v2` adds
 * the tables and indexes the workspace reads; `v2+board-index` also the compound index the
 * board would use to show the most recent cards first.
 */
export function workspaceDb(shape: 'v1' | 'v2' | 'v2+board-index' = 'v2'): CoffeeChatDB {
  n += 1;
  const db = new Dexie(`workspace-test-${n}-${Math.random().toString(36).slice(2)}`);
  if (shape === 'v1') {
    db.version(1).stores({ contacts: 'id, &profileUrl, createdAt, updatedAt, fullName, stage' });
  } else {
    db.version(1).stores({
      contacts: `id, &profileUrl, createdAt, updatedAt, fullName, stage, *tags, referredById${shape === 'v2+board-index' ? ', [stage+updatedAt]' : ''}`,
      reminders: 'id, contactId, dueAt, status',
      meetings: 'id, contactId, start, status',
    });
  }
  const typed = db as unknown as CoffeeChatDB;
  // Dexie defines table properties only on declared subclasses; give `contacts` its accessor.
  Object.defineProperty(typed, 'contacts', { get: () => db.table('contacts') });
  return typed;
}
