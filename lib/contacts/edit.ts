import type { z } from 'zod';
import { splitName } from '@/lib/capture/names';
import type { ContactPatch } from '@/lib/messaging/protocol';
import { Contact, EDITABLE_CAPTURED_FIELDS, type EditableCapturedField } from './contact';

const EDITABLE = new Set<string>(EDITABLE_CAPTURED_FIELDS);

/**
 * A user's edit of a contact (the workspace form, the review card on LinkedIn). Empty strings
 * clear optional fields rather than storing "". Every captured field whose value actually
 * changes is recorded in `editedFields`, so the next capture keeps the user's correction; a
 * field sent with the value it already had (a form saved as a whole) is not an edit.
 */
export function applyContactPatch(contact: Contact, patch: z.output<typeof ContactPatch>, now: number): Contact {
  const changes: Record<string, unknown> = { ...patch };
  // Greetings use the first name: a corrected name corrects it too (unless the patch sets it),
  // and the parts then belong to the user's name, not to the next capture's.
  const renamed = typeof patch.fullName === 'string' && patch.fullName !== contact.fullName;
  if (renamed) {
    const parts = splitName(patch.fullName!);
    changes.firstName ??= parts.firstName ?? '';
    changes.lastName ??= parts.lastName ?? '';
  }

  const next: Record<string, unknown> = { ...contact, updatedAt: now };
  const edited = new Set<EditableCapturedField>(contact.editedFields ?? []);
  for (const [key, value] of Object.entries(changes)) {
    const before = next[key];
    if (value === '' && key !== 'notes' && key !== 'fullName') delete next[key];
    else next[key] = value;
    if (EDITABLE.has(key) && (before ?? '') !== (next[key] ?? '')) edited.add(key as EditableCapturedField);
  }
  if (renamed) for (const part of ['fullName', 'firstName', 'lastName'] as const) edited.add(part);
  if (edited.size > 0) next.editedFields = [...edited];
  return Contact.parse(next);
}
