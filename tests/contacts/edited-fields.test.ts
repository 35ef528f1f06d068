import { describe, expect, it } from 'vitest';
import { Profile } from '@/lib/capture/profile';
import { Contact } from '@/lib/contacts/contact';
import { applyContactPatch } from '@/lib/contacts/edit';
import { mergeCapture } from '@/lib/contacts/merge';
import { saveCapture, updateContact } from '@/lib/db/contacts';
import { freshDb } from '../helpers/db';

const URL = 'https://www.linkedin.com/in/priya-raman-ux/';
// Three moments a few seconds apart, in the range every stored date must be in.
const T1 = 1_750_000_001_000;
const T2 = T1 + 1000;
const T3 = T1 + 2000;

function capture(overrides: Partial<Profile> = {}) {
  const profile = Profile.parse({
    profileUrl: URL,
    fullName: 'Priya Raman',
    firstName: 'Priya',
    lastName: 'Raman',
    // What LinkedIn's current-position chip looks like when a reader takes it for the headline.
    headline: 'Northwind Health',
    location: 'Toronto, Ontario, Canada',
    currentTitle: 'UX Researcher',
    currentCompany: 'Lumen Bank',
    experience: [{ title: 'UX Researcher', company: 'Lumen Bank', end: 'Present' }],
    education: [{ school: 'McGill University' }],
    capturedAt: T1,
    extractorVersion: '1.0.0',
    ...overrides,
  });
  return { profile, warnings: [] };
}

const ctx = (now: number) => ({ now, newId: () => 'contact-1' });
const first = () => mergeCapture(undefined, capture(), ctx(T1)).contact;

describe('applyContactPatch: which fields count as edited by the user', () => {
  it('records a captured field the user changed', () => {
    const edited = applyContactPatch(first(), { headline: 'Senior UX Researcher | Mixed methods' }, T2);
    expect(edited).toMatchObject({ headline: 'Senior UX Researcher | Mixed methods', updatedAt: T2, editedFields: ['headline'] });
  });

  it('does not record a field sent with the value it already had (a whole form saved at once)', () => {
    const edited = applyContactPatch(first(), { headline: 'Northwind Health', location: 'Toronto, Ontario, Canada' }, T2);
    expect(edited.editedFields).toBeUndefined();
  });

  it("does not record the user's own fields (notes, tags): captures never touch those anyway", () => {
    const edited = applyContactPatch(first(), { notes: 'Met at UX Toronto', tags: ['ux'] }, T2);
    expect(edited.editedFields).toBeUndefined();
  });

  it('records a field the user cleared, so a capture does not fill it back in', () => {
    const edited = applyContactPatch(first(), { headline: '' }, T2);
    expect(edited.headline).toBeUndefined();
    expect(edited.editedFields).toEqual(['headline']);
  });

  it('a corrected name also corrects the first and last name used in greetings', () => {
    const edited = applyContactPatch(first(), { fullName: 'Priya Raman-Iyer' }, T2);
    expect(edited).toMatchObject({ fullName: 'Priya Raman-Iyer', firstName: 'Priya', lastName: 'Raman-Iyer' });
    expect(edited.editedFields).toEqual(expect.arrayContaining(['fullName', 'firstName', 'lastName']));
  });

  it('keeps what was recorded before', () => {
    const once = applyContactPatch(first(), { headline: 'Researcher' }, T2);
    const twice = applyContactPatch(once, { currentCompany: 'Northwind Health' }, T3);
    expect(twice.editedFields).toEqual(['headline', 'currentCompany']);
  });
});

describe('mergeCapture: a field the user edited is never overwritten by a later capture', () => {
  it('keeps an edited headline on re-save, and still updates the fields the user did not touch', () => {
    const edited = applyContactPatch(first(), { headline: 'Senior UX Researcher | Mixed methods' }, T2);
    const result = mergeCapture(edited, capture({ location: 'Montréal, Québec, Canada', capturedAt: T3 }), ctx(T3));
    expect(result.contact).toMatchObject({
      headline: 'Senior UX Researcher | Mixed methods',
      location: 'Montréal, Québec, Canada',
      editedFields: ['headline'],
    });
  });

  it('keeps a field the user cleared empty', () => {
    const cleared = applyContactPatch(first(), { headline: '' }, T2);
    expect(mergeCapture(cleared, capture(), ctx(T3)).contact.headline).toBeUndefined();
  });

  it('keeps an edited name, first and last name', () => {
    const renamed = applyContactPatch(first(), { fullName: 'Priya Raman-Iyer' }, T2);
    const result = mergeCapture(renamed, capture(), ctx(T3));
    expect(result.contact).toMatchObject({ fullName: 'Priya Raman-Iyer', firstName: 'Priya', lastName: 'Raman-Iyer' });
  });

  it('a corrected company is not reported as a job change on every re-save', () => {
    const fixed = applyContactPatch(first(), { currentCompany: 'Northwind Health' }, T2);
    const result = mergeCapture(fixed, capture(), ctx(T3));
    expect(result.contact.currentCompany).toBe('Northwind Health');
    expect(result.jobChanged).toBe(false);
    expect(result.contact.jobChange).toBeUndefined();
  });

  it('still notices a job change in the fields the user did not edit', () => {
    const fixed = applyContactPatch(first(), { headline: 'Researcher' }, T2);
    const result = mergeCapture(fixed, capture({ currentCompany: 'Contoso Care' }), ctx(T3));
    expect(result.jobChanged).toBe(true);
    expect(result.contact.currentCompany).toBe('Contoso Care');
  });

  it('always returns a valid Contact', () => {
    const fixed = applyContactPatch(first(), { headline: 'Researcher', fullName: 'P. Raman' }, T2);
    expect(() => Contact.parse(mergeCapture(fixed, capture(), ctx(T3)).contact)).not.toThrow();
  });
});

describe('the database path: an edit from the contact form survives saving from LinkedIn again', () => {
  it('updateContact records the edit and saveCapture keeps it', async () => {
    const db = freshDb();
    const { contact } = await saveCapture(db, capture(), T1);
    await updateContact(db, contact.id, { headline: 'Senior UX Researcher | Mixed methods' }, T2);
    await saveCapture(db, capture({ capturedAt: T3 }), T3);
    const stored = await db.contacts.get(contact.id);
    expect(stored).toMatchObject({ headline: 'Senior UX Researcher | Mixed methods', editedFields: ['headline'] });
  });
});
