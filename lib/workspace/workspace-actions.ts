import type { Stage } from '@/lib/contacts/stage';
import type { BackupProgress } from '@/lib/db/backup';
import type { BackgroundRequest, ImportReport } from '@/lib/messaging/protocol';

/**
 * Every write the workspace makes. Pages read the database directly (useLiveQuery) but write
 * only through these, which go to the background: it owns the reminders and must see every
 * change to keep alarms in step. Backups are the exception (too large for a message): the page
 * commits the import with its reminders itself, then tells the background. Each method resolves to `null` on success or a sentence the
 * user can act on.
 *
 * The implementation (messages to the background) lives in entrypoints/workspace/background-actions.ts;
 * tests and component stories pass fakes.
 */
export interface WorkspaceActions {
  updateContact(id: string, patch: ContactPatch): Promise<string | null>;
  setStage(id: string, stage: Stage): Promise<string | null>;
  /** Returns an undo function, or an error. */
  deleteContact(id: string): Promise<{ undo: () => Promise<string | null> } | { error: string }>;
  deleteAllData(confirmation: BackgroundRequest<'deleteAllData'>['confirmation']): Promise<string | null>;
  /** A new contact by hand (e.g. a name given in an interview), optionally referred by another. */
  addContact(input: NewContactInput): Promise<{ id: string } | { error: string }>;
  /** With `meetingId`: reschedule or edit that meeting. */
  saveMeeting(contactId: string, input: BackgroundRequest<'saveMeeting'>['input'], meetingId?: string): Promise<string | null>;
  cancelMeeting(meetingId: string): Promise<string | null>;
  saveInterview(input: BackgroundRequest<'saveInterview'>['interview']): Promise<string | null>;
  logReply(contactId: string): Promise<string | null>;
  /**
   * A backup file, read and imported by the page itself (it holds the file and may open the
   * database), then the background re-syncs alarms: a 50,000-contact file is too large for a message.
   */
  importBackup(file: Blob, onProgress?: (progress: BackupProgress) => void): Promise<{ report: ImportReport } | { error: string }>;
  importLinkedInCsv(fileText: string): Promise<{ report: ImportReport } | { error: string }>;
  /** Built in the page from the database in pages of rows (see lib/db/backup.ts). */
  exportBackup(onProgress?: (progress: BackupProgress) => void): Promise<{ fileName: string; blob: Blob } | { error: string }>;
}

// The message shapes, from the protocol: one definition for the page and the background.
export type ContactPatch = BackgroundRequest<'updateContact'>['patch'];
export type NewContactInput = BackgroundRequest<'addContact'>;
export type { BackupProgress, ImportReport };
