import { exportBackup, importBackupFile } from '@/lib/db/backup';
import type { CoffeeChatDB } from '@/lib/db/database';

/** An export as the text of the file the user gets (the page builds it as a Blob). */
export async function exportText(db: CoffeeChatDB, now: number): Promise<{ fileName: string; text: string }> {
  const { fileName, blob } = await exportBackup(db, now);
  return { fileName, text: await blob.text() };
}

/** An import of `text` as the page runs it: the user's file, read where the database is. */
export function importBackup(db: CoffeeChatDB, text: string, now: number) {
  return importBackupFile(db, new Blob([text], { type: 'application/json' }), now);
}
