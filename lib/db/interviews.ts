import { canonicalProfileUrl } from '@/lib/capture/profile-url';
import type { Interview } from '@/lib/interviews/interview';
import { CAUSES } from '@/lib/timeline/event';
import { UserFacingError } from '@/lib/messaging/errors';
import { addOrFindContact } from './contacts';
import type { CoffeeChatDB } from './database';
import { recordEvent } from './pipeline';

/**
 * Saves a prep sheet or an interview log. The first time a log is saved (loggedAt set) the
 * contact moves to Interviewed; every name given "to talk to next" becomes a contact referred
 * by this one (once — saving again does not add them twice), so its reach-out reminder follows.
 */
export async function saveInterview(
  db: CoffeeChatDB,
  interview: Interview,
  now: number,
): Promise<{ createdContactIds: string[] }> {
  return db.transaction('rw', [db.contacts, db.events, db.interviews], async () => {
    const contact = await db.contacts.get(interview.contactId);
    if (!contact) throw new UserFacingError('That contact no longer exists. It may have been deleted in another tab.');
    const before = await db.interviews.get(interview.id);
    if (before && before.contactId !== interview.contactId) throw new UserFacingError('That interview belongs to someone else.');
    await db.interviews.put({ ...interview, createdAt: before?.createdAt ?? interview.createdAt, updatedAt: now });

    if (interview.loggedAt !== undefined && before?.loggedAt === undefined) {
      await recordEvent(db, contact.id, 'interview-logged', CAUSES.interviewLogged, now, {
        ...(interview.meetingId ? { meetingId: interview.meetingId } : {}),
      });
    }

    const createdContactIds: string[] = [];
    if (interview.loggedAt === undefined) return { createdContactIds };
    for (const referral of interview.log.referrals) {
      // Someone already saved (by link, or by the exact name) is linked, never saved twice.
      // Looked up by the canonical URL, the form every saved profile URL is stored in.
      const profileUrl = referral.linkedinUrl ? canonicalProfileUrl(referral.linkedinUrl) : null;
      const known =
        (profileUrl ? await db.contacts.where('profileUrl').equals(profileUrl).first() : undefined) ??
        (await db.contacts.where('fullName').equalsIgnoreCase(referral.name.trim()).first());
      if (known) {
        if (known.id !== contact.id && !known.referredById) {
          await db.contacts.update(known.id, { referredById: contact.id, updatedAt: now });
          await recordEvent(db, contact.id, 'referral-added', CAUSES.referralAdded, now, { referredContactId: known.id });
        }
        continue;
      }
      // method.md: ask "may I mention your name?" — without a yes, drafts leave the referrer out.
      const named = referral.mayMentionName === true;
      const note = named ? referral.note ?? '' : [`Referred by ${contact.fullName}: ask before mentioning their name.`, referral.note].filter(Boolean).join('\n');
      const { contact: created, created: isNew } = await addOrFindContact(
        db,
        {
          fullName: referral.name,
          ...(profileUrl ? { profileUrl } : {}),
          ...(named ? { source: `${contact.fullName} suggested I contact you` } : {}),
          referredById: contact.id,
          notes: note,
        },
        now,
      );
      // Never re-point someone already saved: only a contact made here gets this referrer.
      if (!isNew) continue;
      await db.contacts.update(created.id, { referredById: contact.id, referrerNamed: named });
      await recordEvent(db, contact.id, 'referral-added', CAUSES.referralAdded, now, { referredContactId: created.id });
      createdContactIds.push(created.id);
    }
    return { createdContactIds };
  });
}
