import type { Contact } from '@/lib/contacts/contact';

/**
 * vCard 3.0 (RFC 2426), not 4.0: Outlook and older Android and macOS contact apps import 3.0
 * reliably but 4.0 only in part, and nothing used here (FN, N, ORG, TITLE, URL, NOTE) needs 4.0.
 */
export function contactToVCard(contact: Contact): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(contact.fullName)}`,
    // N is required in 3.0; family;given;additional;prefix;suffix. Without a known split the
    // components stay empty and apps show FN, rather than filing "Ana Lima" under A as a surname.
    `N:${escapeText(contact.lastName ?? '')};${escapeText(contact.firstName ?? '')};;;`,
  ];
  if (contact.currentCompany) lines.push(`ORG:${escapeText(contact.currentCompany)}`);
  if (contact.currentTitle) lines.push(`TITLE:${escapeText(contact.currentTitle)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(contact.email)}`);
  const url = safeUrl(contact.profileUrl);
  if (url) lines.push(`URL:${url}`);
  if (contact.headline) lines.push(`NOTE:${escapeText(contact.headline)}`);
  lines.push(`UID:${escapeText(contact.id)}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Several contacts in one .vcf: cards simply follow each other. */
export function contactsToVCards(contacts: readonly Contact[]): string {
  return contacts.map(contactToVCard).join('');
}

/** "Ana Lima.vcf": the name minus characters Windows, macOS or Android refuse in file names. */
export function vcardFileName(contact: Pick<Contact, 'fullName'>): string {
  let base = contact.fullName
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  base = Array.from(base).slice(0, 80).join('').trim();
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `contact ${base}`.trim();
  return `${base}.vcf`;
}

/** RFC 2426 §4: backslash, comma, semicolon and newlines are escaped in text values. */
export function escapeText(value: string): string {
  return (
    value
      // Other control characters break vCard parsers and carry nothing readable.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/,/g, '\\,')
      .replace(/;/g, '\\;')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/** A URL value is a URI, not text: it is written as is, so only a clean https link is let through. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https:\/\/[^\s"<>\\^`{|}]+$/.test(url) ? url : undefined;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF plus one space, which counts toward the next
 * line's 75. Breaks fall between characters (never inside a UTF-8 sequence or a surrogate pair)
 * and never inside a backslash escape, which some readers do not rejoin across a fold.
 */
export function foldLine(line: string): string {
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const unit of units) {
    const bytes = encoder.encode(unit).length;
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += unit;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}
