import type { CoffeeChatDrafts, DraftKey, DraftSurface, StoredDraft } from './drafts-db';

/** Drafts older than this are dropped when a page opens: the user has moved on. */
export const DRAFT_MAX_AGE_MS = 60 * 24 * 60 * 60 * 1000;

const pk = (key: DraftKey): [string, string, string] => [key.surface, key.scope, key.field];

export async function readDraft(db: CoffeeChatDrafts, key: DraftKey): Promise<StoredDraft | undefined> {
  return newest(await db.drafts.get(pk(key)), journalled(key));
}

export async function writeDraft(db: CoffeeChatDrafts, key: DraftKey, value: unknown, now = Date.now()): Promise<void> {
  await db.drafts.put({ surface: key.surface, scope: key.scope, field: key.field, value, updatedAt: now });
  // The store has it now: a journal entry as old or older says nothing more.
  const entry = journalled(key);
  if (entry && entry.updatedAt <= now) forget(key);
}

export async function clearDraft(db: CoffeeChatDrafts, key: DraftKey): Promise<void> {
  forget(key);
  await db.drafts.delete(pk(key));
}

/** Every draft of one editor for one scope, newest first (the composer keeps one per template). */
export async function draftsFor(db: CoffeeChatDrafts, surface: DraftSurface, scope: string): Promise<StoredDraft[]> {
  const byField = new Map<string, StoredDraft>();
  for (const draft of await db.drafts.where('[surface+scope]').equals([surface, scope]).toArray()) byField.set(draft.field, draft);
  for (const entry of journalEntries()) {
    if (entry.surface !== surface || entry.scope !== scope) continue;
    const found = newest(byField.get(entry.field), entry);
    if (found) byField.set(entry.field, found);
  }
  return [...byField.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Drop drafts nobody came back to; returns how many went. */
export async function pruneDrafts(db: CoffeeChatDrafts, now = Date.now()): Promise<number> {
  for (const entry of journalEntries()) if (entry.updatedAt < now - DRAFT_MAX_AGE_MS) forget(entry);
  return db.drafts.where('updatedAt').below(now - DRAFT_MAX_AGE_MS).delete();
}

/*
 * The journal: the last text of an editor written synchronously when its page hides. A popup
 * closes the moment the user clicks into LinkedIn, and an IndexedDB write begun then may be
 * cut off with the page (CI lost the end of a message typed just before closing); localStorage
 * is written before the handler returns. It only backs the store: read with it, and emptied
 * once the store holds the same or newer text.
 */
const JOURNAL_PREFIX = 'coffee-chat-draft:';
const journalId = (key: DraftKey) => JOURNAL_PREFIX + JSON.stringify(pk(key));

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // No storage in this context (the worker, a sandbox).
  }
}

/** Keeps the editor's text at once, in the same task: for page hide, when nothing async may finish. */
export function journalDraft(key: DraftKey, value: unknown, now = Date.now()): void {
  try {
    storage()?.setItem(journalId(key), JSON.stringify({ surface: key.surface, scope: key.scope, field: key.field, value, updatedAt: now }));
  } catch (error) {
    // Storage full or refused: the asynchronous write to the store still runs.
    console.error('[coffee-chat] could not journal a draft', error);
  }
}

function journalled(key: DraftKey): StoredDraft | undefined {
  return parseEntry(storage()?.getItem(journalId(key)) ?? null);
}

function journalEntries(): StoredDraft[] {
  const store = storage();
  if (!store) return [];
  const out: StoredDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const id = store.key(i);
    const entry = id?.startsWith(JOURNAL_PREFIX) ? parseEntry(store.getItem(id)) : undefined;
    if (entry) out.push(entry);
  }
  return out;
}

/** A journal entry as this code wrote it, or nothing: the page's storage is not trusted blindly. */
function parseEntry(text: string | null): StoredDraft | undefined {
  if (!text) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<StoredDraft>;
    const ok = typeof entry.surface === 'string' && typeof entry.scope === 'string' && typeof entry.field === 'string' && Number.isFinite(entry.updatedAt) && 'value' in entry;
    return ok ? (entry as StoredDraft) : undefined;
  } catch {
    return undefined;
  }
}

function forget(key: DraftKey): void {
  try {
    storage()?.removeItem(journalId(key));
  } catch {
    /* nothing to forget */
  }
}

function newest(a: StoredDraft | undefined, b: StoredDraft | undefined): StoredDraft | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.updatedAt > a.updatedAt ? b : a;
}
