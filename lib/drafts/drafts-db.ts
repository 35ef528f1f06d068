import Dexie, { type Table } from 'dexie';

const DRAFTS_DB_NAME = 'coffee-chat-drafts';

/** Which editor a draft belongs to. */
export type DraftSurface =
  | 'contact-notes'
  | 'contact-details'
  | 'interview-prep'
  | 'interview-log'
  | 'meeting-form'
  | 'composer'
  /** A blank filled under a message draft (your name, how you found them). */
  | 'draft-blank'
  | 'template';

/** One editor's unsaved text: (surface, scope, field) names it, scope is usually the contact id. */
export interface DraftKey {
  surface: DraftSurface;
  /** The contact id (or a template id for the template editor). */
  scope: string;
  /** The field or template the text belongs to; '' when the editor has one value. */
  field: string;
}

export interface StoredDraft extends DraftKey {
  /** Whatever the editor holds (a string, or a small plain object for multi-field forms). */
  value: unknown;
  updatedAt: number;
}

/**
 * Unsaved text, in a database of its own: it is a cache of what the user typed, not part of
 * their data (never exported, never migrated with the main schema), and keeping it apart means
 * the main database's versions can change without touching it. Extension pages open it
 * directly, so a draft survives navigation, the popup closing and the worker restarting.
 */
export class CoffeeChatDrafts extends Dexie {
  drafts!: Table<StoredDraft, [string, string, string]>;

  constructor(name: string = DRAFTS_DB_NAME) {
    super(name);
    this.version(1).stores({ drafts: '[surface+scope+field], [surface+scope], updatedAt' });
  }
}

let shared: CoffeeChatDrafts | undefined;

/** This page's drafts database, opened on first use (never at module scope). */
export function getDraftsDb(): CoffeeChatDrafts {
  shared ??= new CoffeeChatDrafts();
  return shared;
}
