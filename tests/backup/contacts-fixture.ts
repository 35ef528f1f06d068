import { Contact, type Contact as ContactType } from '@/lib/contacts/contact';

let seq = 0;
/** A valid, fully parsed contact (defaults applied, as stored); override what a test cares about. */
export function aContact(overrides: Partial<ContactType> = {}): ContactType {
  seq += 1;
  return Contact.parse({
    id: `c-${seq}`,
    profileUrl: `https://www.linkedin.com/in/person-${seq}/`,
    fullName: `Person ${seq}`,
    headline: 'Product designer',
    capturedAt: 1_700_000_000_000,
    extractorVersion: 'test',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  });
}
