import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';

/** Rejects instead of hanging when the worker never answers (it may be restarting). */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms)),
  ]);
}

/**
 * Reads a table of the extension's IndexedDB from inside its service worker. It checks
 * `indexedDB.databases()` first: opening the database by hand before Dexie did would create
 * an empty one at version 1 and break Dexie's own open.
 */
export async function readTable<T = Record<string, unknown>>(worker: Worker, table: string): Promise<T[]> {
  return withTimeout(
    worker.evaluate(async (tableName) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'coffee-chat')) return [];
      return new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('coffee-chat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(tableName)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(tableName, 'readonly').objectStore(tableName).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      });
    }, table),
    10_000,
    `reading ${table}`,
  ) as Promise<T[]>;
}

const GENERATOR = readFileSync(new URL('../bench/generate-contacts.mjs', import.meta.url), 'utf8').replace(/^export\s+/gm, '');

/**
 * Stores `count` generated contacts (tests/bench/generate-contacts.mjs, seeded) with one bulk
 * put, straight into the extension's IndexedDB from an extension page: the big-backup specs
 * need thousands, which messages one by one would take minutes to send. `noteLength` pads
 * every contact's notes to that many characters.
 */
export function seedGeneratedContacts(page: Page, { count, seed, noteLength }: { count: number; seed: number; noteLength?: number }): Promise<number> {
  const notes = noteLength === undefined ? '' : `.map((c, i) => ({ ...c, notes: (i + ': ').padEnd(${noteLength}, 'notes from our call ') }))`;
  return page.evaluate(`(async () => {
${GENERATOR}
const contacts = generateContacts(${count}, ${seed})${notes};
const db = await new Promise((resolve, reject) => {
  const open = indexedDB.open('coffee-chat');
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
});
await new Promise((resolve, reject) => {
  const tx = db.transaction('contacts', 'readwrite');
  const store = tx.objectStore('contacts');
  for (const c of contacts) store.put(c);
  tx.oncomplete = resolve;
  tx.onerror = () => reject(tx.error);
});
db.close();
return contacts.length;
})()`);
}
