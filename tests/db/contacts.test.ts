import { describe, expect, it } from 'vitest';
import { Profile } from '@/lib/capture/profile';
import { listRecentContacts, saveCapture } from '@/lib/db/contacts';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';

const T = 1_700_000_000_000;

describe('saveCapture', () => {
  it('creates a contact, then merges a re-save into the same record', async () => {
    const db = freshDb();
    const profile = Profile.parse(aProfile({ fullName: 'Priya Raman', headline: 'UX Researcher' }));
    const created = await saveCapture(db, { profile, warnings: [] }, T + 1000);
    expect(created.status).toBe('created');

    await db.contacts.update(created.contact.id, { notes: 'Met at the UX meetup', stage: 'requested' });
    const updated = await saveCapture(db, { profile: { ...profile, headline: 'Senior UX Researcher' }, warnings: [] }, T + 2000);

    expect(updated.status).toBe('updated');
    expect(updated.contact.id).toBe(created.contact.id);
    const all = await db.contacts.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ headline: 'Senior UX Researcher', notes: 'Met at the UX meetup', stage: 'requested' });
  });

  it('keeps one record when two saves of the same person race', async () => {
    const db = freshDb();
    const profile = Profile.parse(aProfile());
    await Promise.all([saveCapture(db, { profile, warnings: [] }), saveCapture(db, { profile, warnings: [] })]);
    expect(await db.contacts.count()).toBe(1);
  });

  it('lists the most recently saved first', async () => {
    const db = freshDb();
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Older' })), warnings: [] }, T + 1000);
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Newer' })), warnings: [] }, T + 2000);
    expect((await listRecentContacts(db)).map((c) => c.fullName)).toEqual(['Newer', 'Older']);
  });
});
