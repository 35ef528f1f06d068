import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sortKeysDeep } from '@/lib/backup/json-text';
import { Profile } from '@/lib/capture/profile';
import type { CoffeeChatDB } from '@/lib/db/database';
import { addContact, saveCapture } from '@/lib/db/contacts';
import { saveInterview } from '@/lib/db/interviews';
import { markSent, scheduleMeeting } from '@/lib/db/pipeline';
import { rederiveAll } from '@/lib/db/reminders';
import { newInterview } from '@/lib/interviews/interview';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { aProfile } from './profiles';

export const WORKSPACE_NOW = Date.UTC(2026, 10, 23, 12);

/**
 * A small but complete workspace made through the real write functions: three contacts (one
 * captured from LinkedIn with a photo and a company link, one referred by another), a meeting,
 * its reminders, a sent message, an interview and the default templates.
 */
export async function seedWorkspace(db: CoffeeChatDB, now = WORKSPACE_NOW) {
  const { contact: priya } = await saveCapture(
    db,
    {
      profile: Profile.parse(aProfile({
        fullName: 'Priya Raman',
        profileUrl: 'https://www.linkedin.com/in/priya-raman-ux/',
        photoUrl: 'https://media.licdn.com/dms/image/C4E03AQ/profile-displayphoto-shrink_400_400/0/1?e=1&v=beta&t=x',
        experience: [{ title: 'UX Researcher', company: 'Northwind Health', companyUrl: 'https://www.linkedin.com/company/northwind-health/' }],
        education: [{ school: 'University of Waterloo', schoolUrl: 'https://www.linkedin.com/school/uwaterloo/' }],
        capturedAt: now,
      })),
      warnings: [],
    },
    now,
  );
  const ana = await addContact(db, { fullName: 'Ana Lima', profileUrl: 'https://www.linkedin.com/in/ana-lima/' }, now);
  const ben = await addContact(db, { fullName: 'Ben Okafor', referredById: ana.id }, now);
  await markSent(db, { contactId: ana.id, kind: 'cold-ask', channel: 'linkedin-message', text: 'Hello Ana' }, now);
  const meeting = await scheduleMeeting(
    db,
    ana.id,
    { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' },
    now,
  );
  await saveInterview(db, { ...newInterview({ id: 'interview-1', contactId: ana.id, now }), meetingId: meeting.id }, now);
  // Every contact's reminders, as each command's transaction leaves them.
  await rederiveAll(db, { settings: DEFAULT_REMINDER_SETTINGS, now });
  return { priya, ana, ben, meeting };
}

/**
 * Every table's rows sorted by primary key, plus extension storage, with object keys sorted (a
 * rewrite of an equal row may order its fields differently): equal dumps mean nothing changed.
 */
export async function dumpEverything(db: CoffeeChatDB): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    const keyPath = table.schema.primKey.keyPath;
    const key = (row: unknown) => (typeof keyPath === 'string' ? String((row as Record<string, unknown>)[keyPath]) : JSON.stringify(row));
    out[table.name] = rows.map((row) => [key(row), row]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  }
  out.storage = await fakeBrowser.storage.local.get(null);
  return JSON.stringify(sortKeysDeep(out));
}
