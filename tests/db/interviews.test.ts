import { describe, expect, it } from 'vitest';
import { addContact } from '@/lib/db/contacts';
import { saveInterview } from '@/lib/db/interviews';
import { Interview, newInterview, type Referral } from '@/lib/interviews/interview';
import { freshDb } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 12);

function loggedWith(contactId: string, referrals: Referral[]) {
  const interview = newInterview({ id: 'i1', contactId, now: NOW });
  return { ...interview, loggedAt: NOW, log: { ...interview.log, takeaways: ['Talk to clinic staff'], referrals } };
}

describe('saving an interview log', () => {
  it('moves the contact to Interviewed and turns each name into a contact referred by them', async () => {
    const db = freshDb();
    const priya = await addContact(db, { fullName: 'Priya Raman' }, NOW);
    const { createdContactIds } = await saveInterview(
      db,
      loggedWith(priya.id, [{ name: 'Dana Whitfield', mayMentionName: true }, { name: 'Luis Ortega' }]),
      NOW,
    );
    expect(createdContactIds).toHaveLength(2);
    expect((await db.contacts.get(priya.id))?.stage).toBe('interviewed');
    const dana = await db.contacts.where('fullName').equals('Dana Whitfield').first();
    const luis = await db.contacts.where('fullName').equals('Luis Ortega').first();
    expect(dana).toMatchObject({ referredById: priya.id, referrerNamed: true, source: 'Priya Raman suggested I contact you' });
    // Not cleared to use Priya's name: linked, but no "Priya suggested…" opening line.
    expect(luis).toMatchObject({ referredById: priya.id, referrerNamed: false });
    expect(luis?.source).toBeUndefined();
    expect(luis?.notes).toMatch(/ask before mentioning their name/);
  });

  it('links someone already saved instead of saving them twice, and saving again adds no one', async () => {
    const db = freshDb();
    const priya = await addContact(db, { fullName: 'Priya Raman' }, NOW);
    const dana = await addContact(db, { fullName: 'Dana Whitfield' }, NOW);
    const log = loggedWith(priya.id, [{ name: 'dana whitfield', mayMentionName: true }, { name: 'Priya Raman' }]);
    await saveInterview(db, log, NOW);
    await saveInterview(db, log, NOW + 1000);
    expect(await db.contacts.count()).toBe(2);
    expect((await db.contacts.get(dana.id))?.referredById).toBe(priya.id);
    expect((await db.contacts.get(priya.id))?.referredById).toBeUndefined();
    expect(await db.events.where('contactId').equals(priya.id).filter((e) => e.type === 'interview-logged').count()).toBe(1);
  });

  it('finds a saved person by their profile link in any letter case, and keeps who referred them', async () => {
    const db = freshDb();
    const priya = await addContact(db, { fullName: 'Priya Raman' }, NOW);
    const omar = await addContact(db, { fullName: 'Omar Haddad' }, NOW);
    const jane = await addContact(
      db,
      { fullName: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', referredById: omar.id },
      NOW,
    );
    const log = loggedWith(priya.id, [{ name: 'J. Doe', linkedinUrl: 'https://www.linkedin.com/in/Jane-Doe/' }]);
    const { createdContactIds } = await saveInterview(db, log, NOW);
    expect(createdContactIds).toEqual([]);
    expect(await db.contacts.count()).toBe(3);
    expect((await db.contacts.get(jane.id))?.referredById).toBe(omar.id);
  });

  it('a pasted link in another form becomes the stored canonical form', () => {
    const parsed = Interview.parse(loggedWith('c1', [{ name: 'Jane Doe', linkedinUrl: 'https://de.linkedin.com/in/Jane-Doe?trk=x' }]));
    expect(parsed.log.referrals[0]?.linkedinUrl).toBe('https://www.linkedin.com/in/jane-doe/');
    expect(() => Interview.parse(loggedWith('c1', [{ name: 'X', linkedinUrl: 'https://www.linkedin.com/in/../redir/redirect?url=x' }]))).toThrow();
  });

  it('a prep sheet alone (no log yet) creates nobody and keeps the stage', async () => {
    const db = freshDb();
    const priya = await addContact(db, { fullName: 'Priya Raman' }, NOW);
    const prepOnly = { ...loggedWith(priya.id, [{ name: 'Dana Whitfield' }]), loggedAt: undefined };
    delete prepOnly.loggedAt;
    await saveInterview(db, prepOnly, NOW);
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get(priya.id))?.stage).toBe('identified');
  });

  it('a referral pasted as linkedin.com/in/Jane-Doe finds the saved jane-doe: her referrer stays, and she is not "created"', async () => {
    const db = freshDb();
    const sam = await addContact(db, { fullName: 'Sam Lee' }, NOW);
    const priya = await addContact(db, { fullName: 'Priya Raman' }, NOW);
    const jane = await addContact(
      db,
      { fullName: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/', referredById: sam.id },
      NOW,
    );
    const { createdContactIds } = await saveInterview(
      db,
      // "linkedin.com/in/Jane-Doe" as pasted, after the log form made it a full link (case kept).
      loggedWith(priya.id, [{ name: 'Jane D.', linkedinUrl: 'https://www.linkedin.com/in/Jane-Doe/' }]),
      NOW + 1000,
    );
    expect(createdContactIds).toEqual([]);
    expect(await db.contacts.count()).toBe(3);
    expect((await db.contacts.get(jane.id))?.referredById).toBe(sam.id);
  });
});
