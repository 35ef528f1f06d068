import type { Worker } from '@playwright/test';

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
