import type { PhaseClock } from '@/lib/backup/phase-clock';
import type { Contact } from '@/lib/contacts/contact';
import { UserFacingError } from '@/lib/messaging/errors';
import type { ReminderSettings } from '@/lib/reminders/settings';
import type { CoffeeChatDB } from './database';
import { rederive } from './reminders';

/** Which contacts' reminders a write may have changed; 'all' for new timings or an import. */
export type Affected = readonly string[] | 'all';

export interface Written<T> {
  result: T;
  affected: Affected;
  /**
   * Every stored contact exactly as the write leaves them, when the write already holds them
   * all (an import): re-deriving every contact then uses these instead of reading 10,000
   * contacts back out of IndexedDB in the same transaction (seconds at that size).
   */
  contacts?: readonly Contact[];
}

export interface CommandContext {
  settings: ReminderSettings;
  now: number;
  /**
   * The id the page generated for this request. A retry (the worker stopped before the
   * answer got back) carries the same id and gets the first answer instead of a second write.
   */
  request?: { id: string; type: string };
  /** Times re-deriving and the commit itself, for a caller that reports where its time goes (a backup import). */
  clock?: PhaseClock;
}

/** How long a committed answer is kept for retries: far longer than any page waits. */
export const KEEP_ANSWERS_MS = 24 * 60 * 60 * 1000;

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
  const { request, clock } = ctx;
  let written = 0;
  const out = await db.transaction('rw', db.tables, async () => {
    if (request) {
      const done = await db.requests.get(request.id);
      if (done) {
        if (done.type !== request.type) throw new UserFacingError('That request was already used for something else. Nothing was changed.');
        return done.result as T;
      }
    }
    const { result, affected, contacts } = await write();
    // Every contact instead, when the reminders follow other settings than ctx's (see rederive).
    const derive = () => rederive(db, affected, ctx, contacts);
    await (clock ? clock.time('derive reminders', derive) : derive());
    if (request) {
      // The answer is stored in the same transaction as the write: either both or neither.
      await db.requests.where('at').below(ctx.now - KEEP_ANSWERS_MS).delete();
      await db.requests.put({ id: request.id, type: request.type, result, at: ctx.now });
    }
    written = performance.now();
    return result;
  });
  // From the last write to IndexedDB's word that all of it is on disk.
  if (clock && written) clock.start('commit', written)();
  return out;
}
