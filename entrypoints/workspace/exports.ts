import { format } from 'date-fns';
import { contactsToCsv } from '@/lib/backup/contacts-csv';
import { contactToVCard, contactsToVCards, vcardFileName } from '@/lib/backup/vcard';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import { downloadText } from '@/lib/workspace/download';
import type { ExportResult } from '@/components/workspace/BackupPanel';

/** Read-only exports: the page reads the database directly, as it does for display. */
export function exportsFor(db: CoffeeChatDB) {
  const stamp = () => format(Date.now(), 'yyyy-MM-dd');
  return {
    async exportContactsCsv(): Promise<ExportResult> {
      // The BOM makes Excel read UTF-8 names correctly.
      return { fileName: `coffee-chat-contacts-${stamp()}.csv`, text: contactsToCsv(await db.contacts.toArray(), { bom: true }) };
    },
    async exportVCards(): Promise<ExportResult> {
      return { fileName: `coffee-chat-contacts-${stamp()}.vcf`, text: contactsToVCards(await db.contacts.toArray()) };
    },
    onDownloadVCard(contact: Contact): void {
      downloadText(document, vcardFileName(contact), contactToVCard(contact), 'text/vcard;charset=utf-8');
    },
  };
}
