import { describe, expect, it } from 'vitest';
import { Profile, type CaptureWarning } from '@/lib/capture/profile';
import { Contact } from '@/lib/contacts/contact';
import { mergeCapture } from '@/lib/contacts/merge';

/** Any time in the range stored dates must be in (1990–2100). */
const T = 1_700_000_000_000;

const URL = 'https://www.linkedin.com/in/priya-raman-ux/';

function capture(overrides: Partial<Profile> = {}, warnings: CaptureWarning[] = []) {
  const profile = Profile.parse({
    profileUrl: URL,
    fullName: 'Priya Raman',
    firstName: 'Priya',
    lastName: 'Raman',
    headline: 'UX Researcher at Lumen Bank',
    location: 'Toronto, Ontario, Canada',
    currentTitle: 'UX Researcher',
    currentCompany: 'Lumen Bank',
    about: 'I research banking.',
    experience: [{ title: 'UX Researcher', company: 'Lumen Bank', start: 'Jan 2020', end: 'Present' }],
    education: [{ school: 'McGill University' }],
    capturedAt: T + 1000,
    extractorVersion: '1.0.0',
    ...overrides,
  });
  return { profile, warnings };
}

const ctx = (now: number) => ({ now, newId: () => 'contact-1' });

function saved() {
  const { contact } = mergeCapture(undefined, capture(), ctx(T + 1000));
  // What the user adds after saving.
  return Contact.parse({
    ...contact,
    stage: 'requested',
    tags: ['ux', 'toronto'],
    notes: 'Met at the UX meetup',
    source: 'Dana suggested I contact her',
    referredById: 'contact-0',
  });
}

describe('mergeCapture: a new contact', () => {
  it('starts at "identified" with empty user fields and the capture warnings', () => {
    const warnings = [{ code: 'experience-not-loaded', message: 'Experience not loaded yet — scroll down and save again to add it' }];
    const result = mergeCapture(undefined, capture({}, warnings), ctx(T + 1000));
    expect(result.created).toBe(true);
    expect(result.jobChanged).toBe(false);
    expect(result.contact).toMatchObject({
      id: 'contact-1',
      stage: 'identified',
      tags: [],
      notes: '',
      createdAt: T + 1000,
      updatedAt: T + 1000,
      captureWarnings: warnings,
      fullName: 'Priya Raman',
      profileUrl: URL,
    });
    expect(result.contact.jobChange).toBeUndefined();
    expect(() => Contact.parse(result.contact)).not.toThrow();
  });
});

describe('mergeCapture: re-saving', () => {
  it('updates newly captured non-empty fields', () => {
    const result = mergeCapture(saved(), capture({ headline: 'Senior UX Researcher', pronouns: 'She/Her', capturedAt: T + 2000 }), ctx(T + 2000));
    expect(result.created).toBe(false);
    expect(result.contact).toMatchObject({ headline: 'Senior UX Researcher', pronouns: 'She/Her', capturedAt: T + 2000, updatedAt: T + 2000 });
  });

  it('never erases a field the new capture left empty or missing', () => {
    const partial = capture({ headline: '', about: undefined, location: '   ', photoUrl: undefined });
    const result = mergeCapture(saved(), partial, ctx(T + 2000));
    expect(result.contact).toMatchObject({
      headline: 'UX Researcher at Lumen Bank',
      about: 'I research banking.',
      location: 'Toronto, Ontario, Canada',
    });
  });

  it('never erases experience or education with an empty list (lazy cards not loaded)', () => {
    const result = mergeCapture(saved(), capture({ experience: [], education: [] }), ctx(T + 2000));
    expect(result.contact.experience).toHaveLength(1);
    expect(result.contact.education).toEqual([{ school: 'McGill University' }]);
  });

  it('replaces experience and education when the new capture has them', () => {
    const experience = [
      { title: 'Senior UX Researcher', company: 'Northwind Health', end: 'Present' },
      { title: 'UX Researcher', company: 'Lumen Bank' },
    ];
    const result = mergeCapture(saved(), capture({ experience }), ctx(T + 2000));
    expect(result.contact.experience).toEqual(experience);
  });

  it("keeps the user's own fields", () => {
    const before = saved();
    const result = mergeCapture(before, capture({ fullName: 'Priya R.' }), ctx(T + 2000));
    expect(result.contact).toMatchObject({
      id: before.id,
      createdAt: T + 1000,
      stage: 'requested',
      tags: ['ux', 'toronto'],
      notes: 'Met at the UX meetup',
      source: 'Dana suggested I contact her',
      referredById: 'contact-0',
      fullName: 'Priya R.',
    });
  });

  it('ignores user-field keys smuggled into a capture', () => {
    const sneaky = capture();
    const profile = { ...sneaky.profile, stage: 'archived', notes: '', tags: [], id: 'other' } as unknown as Profile;
    const result = mergeCapture(saved(), { profile, warnings: [] }, ctx(T + 2000));
    expect(result.contact).toMatchObject({ id: 'contact-1', stage: 'requested', notes: 'Met at the UX meetup' });
  });

  it('replaces the capture warnings with the new capture’s, and sets updatedAt', () => {
    const before = mergeCapture(undefined, capture({}, [{ code: 'education-not-loaded', message: 'm' }]), ctx(T + 1000)).contact;
    const result = mergeCapture(before, capture({}, []), ctx(T + 5000));
    expect(result.contact.captureWarnings).toEqual([]);
    expect(result.contact.updatedAt).toBe(T + 5000);
    expect(result.contact.createdAt).toBe(T + 1000);
  });

  it('fills in a contact that was added by hand', () => {
    const manual = Contact.parse({ id: 'manual-1', fullName: 'Priya', createdAt: T + 10, updatedAt: T + 10, notes: 'From the meetup' });
    const result = mergeCapture(manual, capture(), ctx(T + 2000));
    expect(result.contact).toMatchObject({ id: 'manual-1', profileUrl: URL, fullName: 'Priya Raman', notes: 'From the meetup' });
    expect(result.jobChanged).toBe(false);
  });
});

describe('mergeCapture: job changes', () => {
  it('notices a new company', () => {
    const result = mergeCapture(saved(), capture({ currentCompany: 'Northwind Health', currentTitle: 'UX Researcher' }), ctx(T + 3000));
    expect(result.jobChanged).toBe(true);
    expect(result.contact.jobChange).toEqual({
      at: T + 3000,
      fromTitle: 'UX Researcher',
      fromCompany: 'Lumen Bank',
      toTitle: 'UX Researcher',
      toCompany: 'Northwind Health',
    });
    expect(result.contact.currentCompany).toBe('Northwind Health');
  });

  it('notices a new title at the same company', () => {
    const result = mergeCapture(saved(), capture({ currentTitle: 'Senior UX Researcher' }), ctx(T + 3000));
    expect(result.jobChanged).toBe(true);
    expect(result.contact.jobChange).toMatchObject({ fromTitle: 'UX Researcher', toTitle: 'Senior UX Researcher', toCompany: 'Lumen Bank' });
  });

  it('ignores case and surrounding spaces', () => {
    const result = mergeCapture(saved(), capture({ currentCompany: '  lumen bank ', currentTitle: 'ux researcher' }), ctx(T + 3000));
    expect(result.jobChanged).toBe(false);
    expect(result.contact.jobChange).toBeUndefined();
  });

  it('is not a change when either side is unknown', () => {
    const missing = mergeCapture(saved(), capture({ currentCompany: undefined, currentTitle: undefined }), ctx(T + 3000));
    expect(missing.jobChanged).toBe(false);
    expect(missing.contact.currentCompany).toBe('Lumen Bank');

    const before = Contact.parse({ ...saved(), currentCompany: undefined, currentTitle: undefined });
    const first = mergeCapture(before, capture(), ctx(T + 3000));
    expect(first.jobChanged).toBe(false);
    expect(first.contact.currentCompany).toBe('Lumen Bank');
  });

  it('keeps an earlier job change when nothing changed this time', () => {
    const changed = mergeCapture(saved(), capture({ currentCompany: 'Northwind Health' }), ctx(T + 3000)).contact;
    const again = mergeCapture(changed, capture({ currentCompany: 'Northwind Health' }), ctx(T + 4000));
    expect(again.jobChanged).toBe(false);
    expect(again.contact.jobChange).toMatchObject({ at: T + 3000, toCompany: 'Northwind Health' });
  });

  it('always returns a valid Contact', () => {
    const result = mergeCapture(saved(), capture({ currentCompany: 'Northwind Health' }), ctx(T + 3000));
    expect(() => Contact.parse(result.contact)).not.toThrow();
  });
});
