import type { ReminderSettings } from '@/lib/reminders/settings';
import type { CoffeeChatDB } from './database';
import { rederiveAll, rederiveContacts } from './reminders';

/** Which contacts' reminders a write may have changed; 'all' for new timings or an import. */
export type Affected = readonly string[] | 'all';

export interface Written<T> {
  result: T;
  affected: Affected;
}

export interface CommandContext {
  settings: ReminderSettings;
  now: number;
}

/**
 * Runs one user command as ONE read-write transaction over every table: the write, the
 * re-derivation of the affected contacts' reminders (rules are pure, so they run inside it)
 * and nothing else. The worker can stop at any instant; IndexedDB then keeps all of it or
 * none of it, so a reminder is never lost or stale because the worker died between steps.
 *
 * `write` must only touch the database (no browser.* or fetch awaits): awaiting anything
 * else inside an IndexedDB transaction lets it commit early. The lib/db functions it calls
 * open transactions of their own, which Dexie joins to this one.
 */
export async function commit<T>(db: CoffeeChatDB, ctx: CommandContext, write: () => Promise<Written<T>>): Promise<T> {
  return db.transaction('rw', db.tables, async () => {
    const { result, affected } = await write();
    if (affected === 'all') await rederiveAll(db, ctx);
    else if (affected.length) await rederiveContacts(db, affected, ctx);
    return result;
  });
}
