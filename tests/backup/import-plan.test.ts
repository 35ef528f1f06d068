import { planContactImport } from '@/lib/backup/import-plan';
import type { Contact } from '@/lib/contacts/contact';
import { aContact } from './contacts-fixture';

const NOW = 1_800_000_000_000;
const T1 = 1_710_000_000_000;
const T2 = 1_720_000_000_000;
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('planContactImport', () => {
  it('adds people it does not know, keeping their ids', () => {
    const existing = [aContact()];
    const incoming = [aContact({ id: 'x1' }), aContact({ id: 'x2', profileUrl: undefined })];
    const plan = planContactImport(existing, incoming, NOW);
    expect(plan.add).toEqual(incoming);
    expect(plan.idMap).toEqual({ x1: 'x1', x2: 'x2' });
    expect(plan.report).toEqual({ added: 2, merged: 0, unchanged: 0, rejected: 0 });
  });

  it('merges by profile URL: newer fields win, notes join, tags union, stage from the newer', () => {
    const saved = aContact({
      id: 'mine',
      profileUrl: 'https://www.linkedin.com/in/ana-lima/',
      fullName: 'Ana Lima',
      headline: 'UX Researcher',
      location: 'Lisbon',
      stage: 'requested',
      tags: ['ux', 'Alumni'],
      notes: 'Met at the meetup.',
      createdAt: T1,
      updatedAt: T1,
    });
    const fromBackup = aContact({
      id: 'theirs',
      profileUrl: 'https://www.linkedin.com/in/ana-lima/',
      fullName: 'Ana Lima',
      headline: 'Senior UX Researcher',
      location: undefined,
      currentCompany: 'Northwind',
      stage: 'scheduled',
      tags: ['alumni', 'health'],
      notes: 'Prefers video calls.',
      createdAt: T1 - 1000,
      updatedAt: T2,
    });
    const plan = planContactImport([saved], [fromBackup], NOW);
    expect(plan.add).toEqual([]);
    expect(plan.idMap).toEqual({ theirs: 'mine' });
    expect(plan.report).toMatchObject({ added: 0, merged: 1 });
    expect(plan.merge[0]?.existing).toBe(saved);
    expect(plan.merge[0]?.merged).toMatchObject({
      id: 'mine',
      headline: 'Senior UX Researcher',
      location: 'Lisbon', // the newer side has none: the older value stays
      currentCompany: 'Northwind',
      stage: 'scheduled',
      tags: ['ux', 'Alumni', 'health'],
      notes: 'Met at the meetup.\n\nPrefers video calls.',
      createdAt: T1 - 1000,
      updatedAt: NOW,
    });
  });

  it('keeps the stored fields when the stored record is newer', () => {
    const saved = aContact({ headline: 'Now at Fabrikam', stage: 'thanked', updatedAt: T2 });
    const old = { ...saved, id: 'old', headline: 'At Contoso', stage: 'requested' as const, updatedAt: T1, source: 'Alumni list' };
    const merged = planContactImport([saved], [old], NOW).merge[0]?.merged;
    expect(merged).toMatchObject({ id: saved.id, headline: 'Now at Fabrikam', stage: 'thanked', source: 'Alumni list' });
  });

  it('does not repeat notes one side already contains, and reports a no-op merge as unchanged', () => {
    const saved = aContact({ notes: 'Call 1: great.\nCall 2: intro to Sam.', updatedAt: T2 });
    const plan = planContactImport([saved], [{ ...saved, id: 'b', notes: 'Call 1: great.', updatedAt: T1 }], NOW);
    expect(plan.merge).toEqual([]);
    expect(plan.report).toEqual({ added: 0, merged: 0, unchanged: 1, rejected: 0 });
    expect(plan.idMap).toEqual({ b: saved.id });

    // Importing a backup of the same data twice changes nothing.
    const again = planContactImport([saved, aContact({ id: 'z' })], [saved], NOW);
    expect(again.report).toEqual({ added: 0, merged: 0, unchanged: 1, rejected: 0 });
  });

  it('matches profile URLs whatever their letter case', () => {
    const saved = aContact({ profileUrl: 'https://www.linkedin.com/in/ana-lima/' });
    const plan = planContactImport([saved], [aContact({ id: 'i', profileUrl: 'https://www.linkedin.com/in/Ana-Lima/' })], NOW);
    expect(plan.idMap).toEqual({ i: saved.id });
    expect(plan.add).toEqual([]);

    const jorg = aContact({ profileUrl: 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/' });
    const typed = aContact({ id: 'j', profileUrl: 'https://www.linkedin.com/in/JÖRG-Müller' });
    expect(planContactImport([jorg], [typed], NOW).idMap).toEqual({ j: jorg.id });
  });

  it('merges by id when one side has no profile URL (a contact added by hand, linked later)', () => {
    const byHand = aContact({ id: 'h1', profileUrl: undefined, fullName: 'Sam Doe', updatedAt: T1 });
    const linked = aContact({ id: 'h1', profileUrl: 'https://www.linkedin.com/in/sam-doe/', fullName: 'Sam Doe', updatedAt: T2 });
    const plan = planContactImport([byHand], [linked], NOW);
    expect(plan.merge[0]?.merged).toMatchObject({ id: 'h1', profileUrl: 'https://www.linkedin.com/in/sam-doe/' });
  });

  it('gives a new id to a different person whose id is already taken, and re-points referrals to it', () => {
    const saved = aContact({ id: 'same' });
    const other = aContact({ id: 'same' });
    const referred = aContact({ id: 'r', referredById: 'same' });
    const plan = planContactImport([saved], [other, referred], NOW, { newId: ids() });
    expect(plan.idMap).toEqual({ same: 'new-1', r: 'r' });
    expect(plan.add.map((c) => [c.id, c.referredById])).toEqual([
      ['new-1', undefined],
      ['r', 'new-1'],
    ]);
  });

  it('re-points referredById to the contact an incoming record merged into', () => {
    const saved = aContact({ id: 'ana' });
    const plan = planContactImport(
      [saved],
      [aContact({ id: 'sam', referredById: 'ana-in-backup' }), { ...saved, id: 'ana-in-backup' }],
      NOW,
    );
    expect(plan.add[0]?.referredById).toBe('ana');
  });

  it('rejects invalid records and duplicates, with their index, and maps duplicates to the kept record', () => {
    const saved = aContact({ profileUrl: 'https://www.linkedin.com/in/kept/' });
    const first = aContact({ id: 'first' });
    const incoming = [
      { ...aContact(), profileUrl: 'https://example.com/in/x' } as Contact,
      first,
      { ...first, id: 'dup-url' },
      { ...aContact(), id: 'first' },
      { ...saved, id: 'to-saved-1' },
      { ...saved, profileUrl: undefined },
      { ...aContact(), notes: 'x'.repeat(100_001) } as Contact,
    ];
    const plan = planContactImport([saved], incoming, NOW);
    expect(plan.rejected.map(({ index, reason }) => [index, reason])).toEqual([
      [0, 'profileUrl must be a linkedin.com/in/ link'],
      [2, 'same LinkedIn profile as record 1'],
      [3, 'id "first" appears twice in this import'],
      [5, 'same person as record 4'],
      [6, expect.stringContaining('notes is too long')],
    ]);
    expect(plan.idMap['dup-url']).toBe('first');
    expect(plan.idMap[saved.id]).toBe(saved.id);
    expect(plan.add.map((c) => c.id)).toEqual(['first']);
    expect(plan.report).toMatchObject({ added: 1, rejected: 5 });
  });

  it("with precedence 'existing', only fills gaps in what is stored", () => {
    const saved = aContact({ fullName: 'Ana Lima', source: 'Referred by Sam', currentTitle: undefined, stage: 'thanked', updatedAt: T1 });
    const fromCsv = aContact({
      profileUrl: saved.profileUrl,
      fullName: 'Ana L.',
      source: 'LinkedIn connection',
      currentTitle: 'Researcher',
      updatedAt: NOW,
    });
    const merged = planContactImport([saved], [fromCsv], NOW, { precedence: 'existing' }).merge[0]?.merged;
    expect(merged).toMatchObject({ fullName: 'Ana Lima', source: 'Referred by Sam', currentTitle: 'Researcher', stage: 'thanked' });
  });
});
