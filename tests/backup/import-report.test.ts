import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importLinkedInCsv } from '@/lib/db/backup';
import { exportText, importBackup } from '../helpers/backup-text';
import { addContact } from '@/lib/db/contacts';
import type { ImportReport } from '@/lib/backup/import-report';
import { freshDb } from '../helpers/db';
import { seedWorkspace, WORKSPACE_NOW as NOW } from '../helpers/workspace';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** added + updated + unchanged + rejected = rows read: every row is accounted for. */
function expectAccountedFor(report: ImportReport) {
  expect(report.added + report.updated + report.unchanged + report.rejected.length).toBe(report.rowsRead);
}

describe('import reports account for every row', () => {
  beforeEach(() => fakeBrowser.reset());

  it('re-importing a 3-contact backup says 3 unchanged', async () => {
    const db = freshDb();
    await seedWorkspace(db);
    const { text } = await exportText(db, NOW);
    const report = await importBackup(db, text, NOW + 1000);
    expect(report).toMatchObject({ rowsRead: 3, added: 0, updated: 0, unchanged: 3, rejected: [] });
    expectAccountedFor(report);
  });

  it('a backup into an empty workspace adds every contact; a changed one counts as updated', async () => {
    const db = freshDb();
    await seedWorkspace(db);
    const { text } = await exportText(db, NOW);
    const other = freshDb();
    expect(await importBackup(other, text, NOW)).toMatchObject({ rowsRead: 3, added: 3, updated: 0, unchanged: 0 });

    const file = JSON.parse(text);
    const ana = file.tables.contacts.find((c: { fullName: string }) => c.fullName === 'Ana Lima');
    Object.assign(ana, { notes: 'Met again at the meetup', updatedAt: NOW + 5000 });
    const report = await importBackup(db, JSON.stringify(file), NOW + 6000);
    expect(report).toMatchObject({ rowsRead: 3, added: 0, updated: 1, unchanged: 2 });
    expectAccountedFor(report);
  });

  it('a backup with no contacts says so', async () => {
    const db = freshDb();
    const { text } = await exportText(db, NOW);
    const report = await importBackup(freshDb(), text, NOW);
    expect(report.rowsRead).toBe(0);
    expect(report.note).toBe('This backup holds no contacts.');
  });

  it('a 3-row Connections.csv (one new, one saved, one bad) names the bad row and adds up', async () => {
    const db = freshDb();
    await addContact(db, { fullName: 'Ana Lima', profileUrl: 'https://www.linkedin.com/in/ana-lima/' }, NOW);
    const csv = [
      HEADER,
      'Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Contoso,Analyst,01 Apr 2024',
      'Ana,Lima,https://www.linkedin.com/in/Ana-Lima,,,,15 Mar 2024',
      'Eve,Mallory,https://evil.example/in/eve,,,,15 Mar 2024',
    ].join('\n');
    const report = await importLinkedInCsv(db, csv, NOW);
    expect(report.rowsRead).toBe(3);
    expect(report.added).toBe(1);
    expect(report.updated + report.unchanged).toBe(1);
    expect(report.rejected).toEqual([{ where: 'line 4', reason: expect.stringMatching(/linkedin\.com\/in\//) }]);
    expectAccountedFor(report);
  });

  it('a Connections.csv with only its header says there is no one in it, and adds no one', async () => {
    const db = freshDb();
    await expect(importLinkedInCsv(db, `${HEADER}\n`, NOW)).rejects.toThrow(
      'This Connections.csv has its header row but no connections in it, so nothing was imported.',
    );
    expect(await db.contacts.count()).toBe(0);
  });
});
