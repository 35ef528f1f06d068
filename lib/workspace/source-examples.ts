import type { Contact } from '@/lib/contacts/contact';

/**
 * Openers for "How you found them" (../shared/method.md, "Who users reach out to"), filled in
 * with what we know — the referrer — and left as X/Y/Z where we do not. Their school is not
 * offered as "fellow alumnus": only the user knows whether they went there too.
 */
export function sourceExamples(_contact: Pick<Contact, 'education'>, referrerName?: string): string[] {
  return [
    `${referrerName ?? 'X'} suggested I contact you`,
    'Fellow alumnus of Y',
    'I read your article on Z',
    'I heard your talk at Z',
  ];
}
