import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '@/lib/db/backup';
import { freshDb } from '../helpers/db';
import { aContact } from '../backup/contacts-fixture';

// The real limit is 300 million characters; a small one shows the same refusal in milliseconds.
vi.mock('@/lib/backup/format', async (original) => ({ ...(await original<typeof import('@/lib/backup/format')>()), MAX_BACKUP_CHARS: 200_000 }));

const NOW = Date.UTC(2026, 11, 2, 12);

describe('a workspace larger than one backup file', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is refused in a sentence that says what to do, with no stray rejection, and leaves the data as it was', async () => {
    const db = freshDb();
    // Past the limit within the first of several pages, after the read-ahead has asked for page two.
    // (fake-indexeddb answers that read before the abort, so this does not pin read.catch in backup.ts.)
    const contacts = Array.from({ length: 2_500 }, (_, i) => aContact({ id: `c-${String(i).padStart(5, '0')}`, profileUrl: undefined, notes: 'n'.repeat(200) }));
    await db.contacts.bulkAdd(contacts);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      await expect(exportBackup(db, NOW)).rejects.toThrow(/too large for one backup file .* Export contacts as CSV instead, or shorten very long notes\./);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect(await db.contacts.count()).toBe(2_500);
  });
});
