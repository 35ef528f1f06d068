import type { Contact } from '@/lib/contacts/contact';
import type { Stage } from '@/lib/contacts/stage';
import type { ImportReport } from '@/lib/backup/import-report';

/**
 * Every write the workspace makes. Pages read the database directly (useLiveQuery) but write
 * only through these, which go to the background: it owns the reminders and must see every
 * change to keep alarms in step. Each method resolves to `null` on success or a sentence the
 * user can act on.
 *
 * The implementation (messages to the background) lives in entrypoints/workspace/actions.ts;
 * tests and component stories pass fakes.
 */
export interface WorkspaceActions {
  updateContact(id: string, patch: ContactPatch): Promise<string | null>;
  setStage(id: string, stage: Stage): Promise<string | null>;
  /** Returns an undo function, or an error. */
  deleteContact(id: string): Promise<{ undo: () => Promise<string | null> } | { error: string }>;
  deleteAllData(confirmation: string): Promise<string | null>;
  /** A new contact by hand (e.g. a name given in an interview), optionally referred by another. */
  addContact(input: NewContactInput): Promise<{ id: string } | { error: string }>;
  saveMeeting(contactId: string, input: unknown): Promise<string | null>;
  cancelMeeting(meetingId: string): Promise<string | null>;
  saveInterview(input: unknown): Promise<string | null>;
  logReply(contactId: string): Promise<string | null>;
  importBackup(fileText: string): Promise<{ report: ImportReport } | { error: string }>;
  importLinkedInCsv(fileText: string): Promise<{ report: ImportReport } | { error: string }>;
  exportBackup(): Promise<{ fileName: string; text: string } | { error: string }>;
}

export type ContactPatch = Partial<
  Pick<
    Contact,
    | 'fullName'
    | 'firstName'
    | 'lastName'
    | 'headline'
    | 'location'
    | 'email'
    | 'currentTitle'
    | 'currentCompany'
    | 'about'
    | 'tags'
    | 'notes'
    | 'source'
    | 'referredById'
  >
>;

export interface NewContactInput {
  fullName: string;
  profileUrl?: string;
  source?: string;
  referredById?: string;
  notes?: string;
}

export type { ImportReport } from '@/lib/backup/import-report';
