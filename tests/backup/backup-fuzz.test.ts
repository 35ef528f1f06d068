import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rowName } from '@/lib/backup/format';
import { BACKUP_TABLES } from '@/lib/backup/tables';
import { settingsTable } from '@/lib/backup/settings-row';
import { exportText, importBackup } from '../helpers/backup-text';
import type { CoffeeChatDB } from '@/lib/db/database';
import { defaultSettings, storeSettings } from '@/lib/settings';
import { freshDb } from '../helpers/db';
import { rngFrom, type Rng } from '../helpers/seeded-random';
import { dumpEverything, seedWorkspace, WORKSPACE_NOW as NOW } from '../helpers/workspace';

type Row = Record<string, unknown>;
interface File {
  tables: Record<string, Row[]>;
}
/** One doctored backup: what was done, and the row the refusal must name. */
interface Mutation {
  what: string;
  row: string;
}

const SPECS = [...BACKUP_TABLES, settingsTable];
const spec = (table: string) => SPECS.find((s) => s.name === table)!;
const nameOf = (file: File, table: string, index: number) => rowName(spec(table), index, file.tables[table]![index]);

const TIME_FIELDS: Record<string, string[]> = {
  contacts: ['createdAt', 'updatedAt', 'capturedAt'],
  events: ['at'],
  meetings: ['start', 'createdAt'],
  reminders: ['dueAt', 'createdAt'],
  outreach: ['sentAt'],
  interviews: ['createdAt', 'updatedAt'],
  templates: ['createdAt', 'updatedAt'],
};
const RELATED = ['events', 'meetings', 'reminders', 'outreach', 'interviews'];
const BAD_DATES = [9e15, -9e15, 8.64e15 + 1, 1.5, -1, 0, 123, 4_102_444_800_001];
const OFF_LINKEDIN_PHOTOS = [
  'https://tracker.example/pixel.gif?u=1',
  'http://media.licdn.com/dms/image/x',
  'https://media.licdn.com.evil.example/x.jpg',
  'javascript:alert(1)',
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  'https://user:pw@media.licdn.com/x',
];
const BAD_PROFILE_URLS = [
  'https://www.linkedin.com/in/../redir/redirect?url=https%3A%2F%2Fevil.example',
  'https://www.linkedin.com/in/%2E%2E/redir/redirect?url=x',
  'https://evil.example/in/ana/',
  'javascript:alert(1)//www.linkedin.com/in/x/',
  'https://www.linkedin.com.evil.example/in/ana/',
  'https://user@www.linkedin.com/in/ana/',
];
const BAD_ORG_URLS = ['javascript:alert(document.cookie)', 'https://evil.example/company/x/', 'https://www.linkedin.com/in/someone/', 'data:text/html,<b>x</b>'];
const BAD_TEMPLATE_TEXT = ['Hi {{fristName}}', 'Hi {{first name}}', 'Hi {{constructor}}', 'Hi {{firstName}', 'Hi }} there', 'Hi {{__proto__}}'];
const WRONG_VALUES: unknown[] = [42, 'text', true, null, [], { nested: 1 }];

function wrongTypeFor(value: unknown, random: Rng): unknown {
  for (;;) {
    const candidate = random.pick(WRONG_VALUES);
    if (typeof candidate !== typeof value && !(Array.isArray(candidate) && Array.isArray(value))) return candidate;
  }
}

/** Breaks one rule in a copy of the file and says which row must be named. */
function mutate(file: File, random: Rng): Mutation {
  const contacts = file.tables.contacts!;
  const contactIndex = random.int(contacts.length);
  const contact = contacts[contactIndex]!;
  const contactRow = () => nameOf(file, 'contacts', contactIndex);
  const kind = random.int(11);
  switch (kind) {
    case 0: {
      const i = contacts.findIndex((c) => c.photoUrl);
      contacts[i]!.photoUrl = random.pick(OFF_LINKEDIN_PHOTOS);
      return { what: `photo ${contacts[i]!.photoUrl}`, row: nameOf(file, 'contacts', i) };
    }
    case 1:
      contact.profileUrl = random.pick(BAD_PROFILE_URLS);
      return { what: `profile URL ${contact.profileUrl}`, row: contactRow() };
    case 2: {
      const i = contacts.findIndex((c) => (c.experience as Row[]).length > 0);
      const entry = random.next() < 0.5 ? (contacts[i]!.experience as Row[])[0]! : (contacts[i]!.education as Row[])[0]!;
      const field = 'company' in entry ? 'companyUrl' : 'schoolUrl';
      entry[field] = random.pick(BAD_ORG_URLS);
      return { what: `${field} ${entry[field]}`, row: nameOf(file, 'contacts', i) };
    }
    case 3: {
      const table = random.pick(Object.keys(TIME_FIELDS));
      const index = random.int(file.tables[table]!.length);
      const field = random.pick(TIME_FIELDS[table]!);
      file.tables[table]![index]![field] = random.pick(BAD_DATES);
      return { what: `${table}.${field} = ${file.tables[table]![index]![field]}`, row: nameOf(file, table, index) };
    }
    case 4: {
      const table = random.pick(RELATED);
      const index = random.int(file.tables[table]!.length);
      file.tables[table]![index]!.contactId = random.pick(['nobody', 'c-deleted', crypto.randomUUID()]);
      return { what: `${table} pointing at no contact`, row: nameOf(file, table, index) };
    }
    case 5:
      contact.referredById = random.next() < 0.5 ? contact.id : 'someone-gone';
      return { what: `referredById ${contact.referredById === contact.id ? 'self' : 'dangling'}`, row: contactRow() };
    case 6: {
      const i = contacts.findIndex((c) => typeof c.profileUrl === 'string');
      const twin = { ...contacts[i]!, id: crypto.randomUUID(), profileUrl: String(contacts[i]!.profileUrl).replace('/in/', '/in/').toUpperCase().replace('HTTPS://WWW.LINKEDIN.COM', 'https://www.linkedin.com') };
      contacts.push(twin);
      return { what: 'the same person twice', row: nameOf(file, 'contacts', contacts.length - 1) };
    }
    case 7: {
      const templates = file.tables.templates!;
      const index = random.int(templates.length);
      templates[index]!.body = `${random.pick(BAD_TEMPLATE_TEXT)}\n${String(templates[index]!.body)}`;
      return { what: 'a bad template variable', row: nameOf(file, 'templates', index) };
    }
    case 8: {
      const table = random.pick(['contacts', ...RELATED, 'templates']);
      const index = random.int(file.tables[table]!.length);
      const row = file.tables[table]![index]!;
      const field = random.pick(Object.keys(row).filter((k) => k !== 'data' && k !== 'prep' && k !== 'log' && k !== 'experience' && k !== 'education'));
      row[field] = wrongTypeFor(row[field], random);
      return { what: `${table}.${field} of the wrong type`, row: nameOf(file, table, index) };
    }
    case 9: {
      const settings = file.tables.settings![0]!;
      const part = random.pick(['me', 'accountType', 'showPageButton', 'reminders']);
      if (random.next() < 0.5) delete settings[part];
      else settings[part] = wrongTypeFor(settings[part], random);
      return { what: `settings.${part} missing or wrong`, row: 'Settings 1' };
    }
    default: {
      const table = random.pick(['contacts', ...RELATED]);
      const rows = file.tables[table]!;
      const index = random.int(rows.length);
      const enumField = table === 'contacts' ? 'stage' : table === 'reminders' ? 'status' : table === 'meetings' ? 'format' : table === 'events' ? 'type' : 'id';
      rows[index]![enumField] = enumField === 'id' ? '' : random.pick(['hired', '<script>', 'pending;drop', '']);
      return { what: `${table}.${enumField} out of its list`, row: nameOf(file, table, index) };
    }
  }
}

describe('backup fuzz: doctored backups change nothing and name the row', () => {
  let db: CoffeeChatDB;
  let text: string;
  beforeAll(async () => {
    fakeBrowser.reset();
    db = freshDb();
    await seedWorkspace(db);
    await storeSettings({ ...defaultSettings(), accountType: 'premium', me: { myName: 'Sam', myBackground: '', myInterest: 'UX', mySchool: '' } });
    text = (await exportText(db, NOW)).text;
  });

  const SEEDS = Array.from({ length: 72 }, (_, i) => i + 1);
  it.each(SEEDS)('seed %i', async (seed) => {
    const random = rngFrom(seed);
    const file = JSON.parse(text) as File;
    const mutation = mutate(file, random);
    const before = await dumpEverything(db);
    const outcome = await importBackup(db, JSON.stringify(file), NOW + 1000).then(
      () => 'imported',
      (e: Error) => e.message,
    );
    if (process.env.SHOW_FUZZ) console.log(seed, mutation.what, '=>', outcome.split('\n').slice(1).join(' / '));
    expect(outcome, mutation.what).toMatch(/^This backup has records Coffee Chat can't use, so nothing was imported:\n/);
    expect(outcome, mutation.what).toContain(mutation.row);
    expect(outcome).not.toMatch(/expected (string|number)|Invalid input|received/i);
    expect(await dumpEverything(db), mutation.what).toBe(before);
  });

  it('covers every kind of mutation across the seeds', () => {
    const kinds = new Set(SEEDS.map((seed) => mutate(JSON.parse(text) as File, rngFrom(seed)).what.split(' ')[0]));
    expect(kinds.size).toBeGreaterThanOrEqual(10);
  });
});
