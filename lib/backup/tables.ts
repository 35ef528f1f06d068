import { Contact } from '@/lib/contacts/contact';
import { Interview } from '@/lib/interviews/interview';
import { Meeting } from '@/lib/meetings/meeting';
import { Outreach } from '@/lib/outreach/outreach';
import { Reminder } from '@/lib/reminders/reminder';
import { Template } from '@/lib/templates/template';
import { TimelineEvent } from '@/lib/timeline/event';
import type { BackupTableSpec } from './format';

export const contactsTable: BackupTableSpec<typeof Contact> = {
  name: 'contacts',
  schema: Contact,
  key: 'id',
  contactIdFields: ['referredById'],
};

/**
 * Every table a backup carries. A feature that adds a table adds its spec here (with
 * `contactIdFields` if its rows point at a contact) and the backup, restore and id re-pointing
 * pick it up; nothing else in lib/backup names a table.
 */
export const BACKUP_TABLES: readonly BackupTableSpec[] = [
  contactsTable,
  { name: 'events', schema: TimelineEvent, key: 'id', contactIdFields: ['contactId'] },
  { name: 'meetings', schema: Meeting, key: 'id', contactIdFields: ['contactId'] },
  { name: 'reminders', schema: Reminder, key: 'id', contactIdFields: ['contactId'] },
  { name: 'outreach', schema: Outreach, key: 'id', contactIdFields: ['contactId'] },
  { name: 'interviews', schema: Interview, key: 'id', contactIdFields: ['contactId'] },
  { name: 'templates', schema: Template, key: 'id' },
];
