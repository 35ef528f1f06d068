import type { Contact } from '@/lib/contacts/contact';
import type { ContactReview } from '@/lib/messaging/protocol';

/** The stored contact as the review card on LinkedIn shows it, right after a save or an edit. */
export function reviewOf(contact: Contact): ContactReview {
  return {
    fullName: contact.fullName,
    ...(contact.headline ? { headline: contact.headline } : {}),
    ...(contact.currentTitle ? { currentTitle: contact.currentTitle } : {}),
    ...(contact.currentCompany ? { currentCompany: contact.currentCompany } : {}),
    ...(contact.location ? { location: contact.location } : {}),
    experienceCount: contact.experience.length,
    educationCount: contact.education.length,
    editedFields: [...(contact.editedFields ?? [])],
  };
}
