import type { CoffeeChatDrafts, DraftKey, DraftSurface, StoredDraft } from './drafts-db';

/** Drafts older than this are dropped when a page opens: the user has moved on. */
export const DRAFT_MAX_AGE_MS = 60 * 24 * 60 * 60 * 1000;

const pk = (key: DraftKey): [string, string, string] => [key.surface, key.scope, key.field];

export async function readDraft(db: CoffeeChatDrafts, key: DraftKey): Promise<StoredDraft | undefined> {
  return db.drafts.get(pk(key));
}

export async function writeDraft(db: CoffeeChatDrafts, key: DraftKey, value: unknown, now = Date.now()): Promise<void> {
  await db.drafts.put({ surface: key.surface, scope: key.scope, field: key.field, value, updatedAt: now });
}

export async function clearDraft(db: CoffeeChatDrafts, key: DraftKey): Promise<void> {
  await db.drafts.delete(pk(key));
}

/** Every draft of one editor for one scope, newest first (the composer keeps one per template). */
export async function draftsFor(db: CoffeeChatDrafts, surface: DraftSurface, scope: string): Promise<StoredDraft[]> {
  const found = await db.drafts.where('[surface+scope]').equals([surface, scope]).toArray();
  return found.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Drop drafts nobody came back to; returns how many went. */
export async function pruneDrafts(db: CoffeeChatDrafts, now = Date.now()): Promise<number> {
  return db.drafts.where('updatedAt').below(now - DRAFT_MAX_AGE_MS).delete();
}
