import Dexie, { type EntityTable } from 'dexie';
import type { Contact } from '@/lib/contacts/contact';
import type { Interview } from '@/lib/interviews/interview';
import type { Meeting } from '@/lib/meetings/meeting';
import type { Outreach } from '@/lib/outreach/outreach';
import type { Reminder } from '@/lib/reminders/reminder';
import type { Template } from '@/lib/templates/template';
import type { TimelineEvent } from '@/lib/timeline/event';
import { seedDefaultTemplates, upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';

export const DB_NAME = 'coffee-chat';

/** Indexes of each version, kept forever: Dexie upgrades a user step by step from theirs. */
export const SCHEMA_V1 = {
  contacts: 'id, &profileUrl, createdAt, updatedAt, fullName, stage',
};
export const SCHEMA_V2 = {
  contacts: 'id, &profileUrl, createdAt, updatedAt, fullName, stage, *tags, referredById, [stage+updatedAt]',
  events: 'id, contactId, at',
  meetings: 'id, contactId, start, status',
  reminders: 'id, contactId, dueAt, status, &sourceKey',
  outreach: 'id, contactId, sentAt',
  templates: 'id, kind, updatedAt',
  interviews: 'id, contactId, meetingId, updatedAt',
};
/** v4 adds the results of committed commands, by the request id the page sent (see command.ts). */
export const SCHEMA_V4 = {
  ...SCHEMA_V2,
  requests: 'id, at',
};
/** v5 adds small facts about the database itself, keyed by name (see DerivedFrom). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  meta: 'id',
};
/**
 * v6 drops two contact indexes: `*tags` (no query used it) and `stage` (the stage counts use
 * [stage+updatedAt], which the board needs anyway). Every index is written on every save and
 * import: in Chromium each one costs about a quarter of a second per 10,000 contacts.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  contacts: 'id, &profileUrl, createdAt, updatedAt, fullName, referredById, [stage+updatedAt]',
};

/**
 * Which reminder settings the stored reminders were derived from. Settings live in
 * storage.local, which cannot join an IndexedDB transaction, so a worker stop between storing
 * new settings and re-deriving is possible; every wake compares this with the stored settings
 * and re-derives every contact when they differ (lib/db/reminders.ts).
 */
export interface DerivedFrom {
  id: 'derived-from';
  settingsKey: string;
}

/** A command that committed, kept a while so a retry of the same request gets the same answer. */
export interface CommittedRequest {
  id: string;
  type: string;
  result: unknown;
  at: number;
}

/**
 * The extension's own database. Only the background worker and extension pages open it:
 * IndexedDB opened from a content script would belong to linkedin.com, not to us.
 *
 * Every schema change adds a `version(n)` with an upgrade and keeps the old ones (one file per
 * migration in ./migrations, each tested against data written by the version before).
 */
export class CoffeeChatDB extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  events!: EntityTable<TimelineEvent, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  outreach!: EntityTable<Outreach, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  requests!: EntityTable<CommittedRequest, 'id'>;
  meta!: EntityTable<DerivedFrom, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // v3 re-dates the shipped templates into the range every stored date must be in.
    this.version(3).stores(SCHEMA_V2).upgrade(upgradeToV3);
    // A new table only: nothing stored changes, so no upgrade function.
    this.version(4).stores(SCHEMA_V4);
    // Also a new table only: with no marker yet, the first wake re-derives everything once.
    this.version(5).stores(SCHEMA_V5);
    // Indexes dropped only: Dexie deletes them, no record changes.
    this.version(6).stores(SCHEMA_V6);
    // A brand-new database skips the upgrades, so it gets the default templates here.
    this.on('populate', (tx) => seedDefaultTemplates(tx.table('templates')));
  }
}

let shared: CoffeeChatDB | undefined;

/** The one database instance of this extension context (background or a page). */
export function getDb(): CoffeeChatDB {
  shared ??= new CoffeeChatDB();
  return shared;
}
