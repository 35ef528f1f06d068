import type { Contact } from '@/lib/contacts/contact';

/**
 * Openers for "How you found them" (../shared/method.md, "Who users reach out to"), filled in
 * with what we know — the referrer, their school — and left as X/Y/Z where we do not.
 */
export function sourceExamples(contact: Pick<Contact, 'education'>, referrerName?: string): string[] {
  const school = (contact.education ?? []).find((e) => e.school)?.school;
  return [
    `${referrerName ?? 'X'} suggested I contact you`,
    `Fellow alumnus of ${school ?? 'Y'}`,
    'I read your article on Z',
    'I heard your talk at Z',
  ];
}
