import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_TABLES } from '@/lib/backup/tables';
import { Profile } from '@/lib/capture/profile';
import { Contact } from '@/lib/contacts/contact';
import { MAX_TIMESTAMP, MIN_TIMESTAMP } from '@/lib/records/fields';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';
import { seedWorkspace } from '../helpers/workspace';

/** Every stored field that holds a time, per table: each must stay a date `new Date()` can show. */
const TIME_FIELDS: Record<string, string[]> = {
  contacts: ['createdAt', 'updatedAt', 'capturedAt'],
  events: ['at'],
  meetings: ['start', 'createdAt'],
  reminders: ['dueAt', 'createdAt', 'deadlineAt', 'snoozedUntil', 'firedAt', 'closedAt'],
  outreach: ['sentAt'],
  interviews: ['createdAt', 'updatedAt', 'loggedAt'],
  templates: ['createdAt', 'updatedAt'],
};

async function storedRows() {
  const db = freshDb();
  await seedWorkspace(db);
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const spec of BACKUP_TABLES) rows[spec.name] = (await db.table(spec.name).toArray()) as Record<string, unknown>[];
  return rows;
}

describe('one schema per stored record', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts every record the product itself writes', async () => {
    const rows = await storedRows();
    for (const spec of BACKUP_TABLES) {
      expect(rows[spec.name]?.length, spec.name).toBeGreaterThan(0);
      for (const row of rows[spec.name] ?? []) expect(spec.schema.safeParse(row).success, `${spec.name} ${JSON.stringify(row)}`).toBe(true);
    }
  });

  it.each([9e15, -1, 0, 1e3, 1.5e12 + 0.5, Number.NaN, Number.POSITIVE_INFINITY, MIN_TIMESTAMP - 1, MAX_TIMESTAMP + 1])(
    'refuses a time of %s in every date field of every table',
    async (bad) => {
      const rows = await storedRows();
      for (const spec of BACKUP_TABLES) {
        const row = rows[spec.name]?.[0];
        for (const field of TIME_FIELDS[spec.name] ?? []) {
          const parsed = spec.schema.safeParse({ ...row, [field]: bad });
          expect(parsed.success, `${spec.name}.${field} = ${bad}`).toBe(false);
        }
      }
    },
  );

  it('accepts the ends of the range (1990 and 2100)', () => {
    for (const at of [MIN_TIMESTAMP, MAX_TIMESTAMP]) {
      expect(Profile.safeParse(aProfile({ capturedAt: at })).success).toBe(true);
    }
  });

  it.each([
    ['https://tracker.example/pixel.gif', 'another host'],
    ['http://media.licdn.com/dms/image/x', 'plain http'],
    ['https://media.licdn.com.evil.example/x.jpg', 'look-alike host'],
    ['javascript:alert(1)', 'script URL'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'data URL'],
  ])('refuses a photo at %s (%s)', (photoUrl) => {
    expect(Profile.safeParse(aProfile({ photoUrl })).success).toBe(false);
    expect(Contact.safeParse({ ...Profile.parse(aProfile()), id: 'c1', createdAt: MIN_TIMESTAMP, updatedAt: MIN_TIMESTAMP, photoUrl }).success).toBe(false);
  });

  it('accepts photos on LinkedIn’s media hosts', () => {
    for (const photoUrl of ['https://media.licdn.com/dms/image/x/1', 'https://media-exp1.licdn.com/dms/image/x', 'https://static.licdn.com/sc/h/x']) {
      expect(Profile.safeParse(aProfile({ photoUrl })).success, photoUrl).toBe(true);
    }
  });

  it.each([
    ['javascript:alert(document.domain)//linkedin.com/company/x'],
    ['https://evil.example/company/x/'],
    ['https://www.linkedin.com/in/someone/'],
    ['https://www.linkedin.com/feed/'],
    ['/company/relative/'],
  ])('refuses a company or school link %s', (url) => {
    expect(Profile.safeParse(aProfile({ experience: [{ company: 'X', companyUrl: url }] })).success).toBe(false);
    expect(Profile.safeParse(aProfile({ education: [{ school: 'X', schoolUrl: url }] })).success).toBe(false);
  });

  it('stores company links and profile links in their canonical form', () => {
    const parsed = Profile.parse(
      aProfile({
        profileUrl: 'https://www.linkedin.com/in/Sri-Lalitha-K/',
        experience: [{ company: 'Swedbank', companyUrl: 'https://se.linkedin.com/company/Swedbank?trk=x' }],
      }),
    );
    expect(parsed.profileUrl).toBe('https://www.linkedin.com/in/sri-lalitha-k/');
    expect(parsed.experience[0]?.companyUrl).toBe('https://www.linkedin.com/company/swedbank/');
  });

  it('refuses a profile link that walks out of /in/ or leaves linkedin.com', () => {
    for (const profileUrl of ['https://www.linkedin.com/in/../redir/redirect?url=https%3A%2F%2Fevil.example', 'https://evil.example/in/x/']) {
      expect(Profile.safeParse(aProfile({ profileUrl })).success, profileUrl).toBe(false);
    }
  });
});
