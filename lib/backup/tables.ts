import { Contact } from '@/lib/contacts/contact';
import { Interview } from '@/lib/interviews/interview';
import { Meeting } from '@/lib/meetings/meeting';
import { Outreach } from '@/lib/outreach/outreach';
import { Reminder } from '@/lib/reminders/reminder';
import { CheckedTemplate } from '@/lib/templates/variables';
import { TimelineEvent } from '@/lib/timeline/event';
import type { BackupTableSpec } from './format';

export const contactsTable: BackupTableSpec<typeof Contact> = {
  name: 'contacts',
  schema: Contact,
  key: 'id',
  contactIdFields: ['referredById'],
  label: 'Contact',
  nameField: 'fullName',
};

/**
 * Every table a backup carries. A feature that adds a table adds its spec here (with
 * `contactIdFields` if its rows point at a contact) and the backup, restore and id re-pointing
 * pick it up; nothing else in lib/backup names a table.
 */
export const BACKUP_TABLES: readonly BackupTableSpec[] = [
  contactsTable,
  { name: 'events', schema: TimelineEvent, key: 'id', contactIdFields: ['contactId'], label: 'Timeline event' },
  { name: 'meetings', schema: Meeting, key: 'id', contactIdFields: ['contactId'], label: 'Meeting' },
  { name: 'reminders', schema: Reminder, key: 'id', contactIdFields: ['contactId'], label: 'Reminder' },
  { name: 'outreach', schema: Outreach, key: 'id', contactIdFields: ['contactId'], label: 'Sent message' },
  { name: 'interviews', schema: Interview, key: 'id', contactIdFields: ['contactId'], label: 'Interview' },
  // The same {{variable}} check as the template editor: a backup is no way around it.
  { name: 'templates', schema: CheckedTemplate, key: 'id', label: 'Template', nameField: 'name' },
];
