import { Contact } from '@/lib/contacts/contact';
import { applyContactPatch } from '@/lib/contacts/edit';
import { mergeCapture } from '@/lib/contacts/merge';
import type { CaptureWarning, Profile } from '@/lib/capture/profile';
import { profileUrlFromInput } from '@/lib/capture/profile-url';
import { UserFacingError } from '@/lib/messaging/errors';
import type { z } from 'zod';
import type { BackgroundRequest, ContactPatch } from '@/lib/messaging/protocol';
import type { Reminder } from '@/lib/reminders/reminder';
import type { CoffeeChatDB } from './database';

export interface SaveOutcome {
  status: 'created' | 'updated';
  contact: Contact;
  jobChanged: boolean;
}

/**
 * Insert or merge a capture by canonical profile URL, in one transaction so two tabs saving
 * the same person at once still leave one record.
 */
export async function saveCapture(
  db: CoffeeChatDB,
  capture: { profile: Profile; warnings: CaptureWarning[] },
  now = Date.now(),
): Promise<SaveOutcome> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.where('profileUrl').equals(capture.profile.profileUrl).first();
    const merged = mergeCapture(existing ? Contact.parse(existing) : undefined, capture, {
      now,
      newId: () => crypto.randomUUID(),
    });
    await db.contacts.put(merged.contact);
    return { status: merged.created ? 'created' : 'updated', contact: merged.contact, jobChanged: merged.jobChanged };
  });
}

/** Recently saved or updated first: what the popup shows. */
export function listRecentContacts(db: CoffeeChatDB, limit = 50): Promise<Contact[]> {
  return db.contacts.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export function findContactByUrl(db: CoffeeChatDB, profileUrl: string): Promise<Contact | undefined> {
  return db.contacts.where('profileUrl').equals(profileUrl).first();
}

export interface ContactSnapshot {
  contact: Contact;
  events: unknown[];
  meetings: unknown[];
  reminders: unknown[];
  outreach: unknown[];
  interviews: unknown[];
  /** Contacts this one had referred: their link is cut on delete and restored on undo. */
  referredIds: string[];
  /** Their reach-out reminders as they were: cutting the link closes them, undo reopens them. */
  referredReminders: Reminder[];
}

const related = (db: CoffeeChatDB) => [db.events, db.meetings, db.reminders, db.outreach, db.interviews] as const;

/** Deletes a contact and everything about it, returning all of it so "Undo" can put it back. */
export async function deleteContact(db: CoffeeChatDB, id: string): Promise<ContactSnapshot | undefined> {
  return db.transaction('rw', [db.contacts, ...related(db)], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return undefined;
    const [events, meetings, reminders, outreach, interviews] = await Promise.all(
      related(db).map((t) => t.where('contactId').equals(id).toArray()),
    );
    await Promise.all(related(db).map((t) => t.where('contactId').equals(id).delete()));
    await db.contacts.delete(id);
    // People this contact referred stay, but no longer point at someone who is gone.
    const referredIds = (await db.contacts.where('referredById').equals(id).primaryKeys()) as string[];
    const referredReminders = (await db.reminders.where('contactId').anyOf(referredIds).toArray()).filter(
      (r) => r.kind === 'reach-out-referral',
    );
    await db.contacts.where('referredById').equals(id).modify((c) => void delete c.referredById);
    return {
      contact,
      events: events ?? [],
      meetings: meetings ?? [],
      reminders: reminders ?? [],
      outreach: outreach ?? [],
      interviews: interviews ?? [],
      referredIds,
      referredReminders,
    };
  });
}

export async function restoreContact(db: CoffeeChatDB, snapshot: ContactSnapshot): Promise<void> {
  await db.transaction('rw', [db.contacts, ...related(db)], async () => {
    const clash = snapshot.contact.profileUrl
      ? await db.contacts.where('profileUrl').equals(snapshot.contact.profileUrl).first()
      : undefined;
    if (clash) throw new Error('saved again meanwhile');
    await db.contacts.add(snapshot.contact);
    await db.events.bulkPut(snapshot.events as never[]);
    await db.meetings.bulkPut(snapshot.meetings as never[]);
    await db.reminders.bulkPut(snapshot.reminders as never[]);
    await db.outreach.bulkPut(snapshot.outreach as never[]);
    await db.interviews.bulkPut(snapshot.interviews as never[]);
    await db.reminders.bulkPut(snapshot.referredReminders);
    // Only those still without a referrer: the user may have set another one meanwhile.
    await db.contacts
      .where('id')
      .anyOf(snapshot.referredIds)
      .modify((c) => {
        c.referredById ??= snapshot.contact.id;
      });
  });
}

/** Edits from the workspace and the review card on LinkedIn (see applyContactPatch). */
export async function updateContact(
  db: CoffeeChatDB,
  id: string,
  patch: z.output<typeof ContactPatch>,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new UserFacingError('That contact no longer exists. It may have been deleted in another tab.');
    if (patch.referredById === id) throw new UserFacingError('A contact cannot be referred by themselves.');
    if (patch.referredById && !(await db.contacts.get(patch.referredById))) {
      throw new UserFacingError('The person who referred them is no longer in your contacts.');
    }
    await db.contacts.put(applyContactPatch(Contact.parse(contact), patch, now));
  });
}

/** Someone not (yet) saved from LinkedIn: a name given in an interview, for example. */
export async function addContact(
  db: CoffeeChatDB,
  input: BackgroundRequest<'addContact'>,
  now: number,
): Promise<Contact> {
  return (await addOrFindContact(db, input, now)).contact;
}

/** As addContact, saying whether the person was created or already saved under that profile URL. */
export async function addOrFindContact(
  db: CoffeeChatDB,
  input: BackgroundRequest<'addContact'>,
  now: number,
): Promise<{ contact: Contact; created: boolean }> {
  const profileUrl = input.profileUrl ? profileUrlFromInput(input.profileUrl) : undefined;
  if (input.profileUrl && !profileUrl) {
    throw new UserFacingError('That is not a LinkedIn profile link (linkedin.com/in/…). Leave it empty or paste the profile URL.');
  }
  return db.transaction('rw', db.contacts, async () => {
    if (profileUrl) {
      const existing = await findContactByUrl(db, profileUrl);
      if (existing) return { contact: existing, created: false };
    }
    const name = input.fullName.trim();
    const contact = Contact.parse({
      id: crypto.randomUUID(),
      fullName: name,
      firstName: name.split(/\s+/)[0],
      ...(profileUrl ? { profileUrl } : {}),
      ...(input.source ? { source: input.source } : {}),
      ...(input.referredById ? { referredById: input.referredById } : {}),
      notes: input.notes ?? '',
      experience: [],
      education: [],
      createdAt: now,
      updatedAt: now,
    });
    await db.contacts.add(contact);
    return { contact, created: true };
  });
}
