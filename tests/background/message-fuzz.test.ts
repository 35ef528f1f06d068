import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/messages';
import { BackgroundRequests, CONTENT_SCRIPT_REQUESTS, READ_ONLY_REQUESTS, type BackgroundRequest, type BackgroundType } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/messaging/router';
import type { CoffeeChatDB } from '@/lib/db/database';
import { newInterview } from '@/lib/interviews/interview';
import { defaultSettings, storeSettings } from '@/lib/settings';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';
import { rngFrom, type Rng } from '../helpers/seeded-random';
import { dumpEverything, seedWorkspace, WORKSPACE_NOW as NOW } from '../helpers/workspace';

/**
 * One well-formed request per type. Typed by the protocol, so a new request type (or a new
 * required field such as a request id) fails to compile here until it has a sample; the
 * mutations below are generated from these and kept only when the type's own schema in
 * lib/messaging/protocol.ts refuses them — that is what "malformed" means.
 */
const SAMPLES: { [K in BackgroundType]: BackgroundRequest<K> } = {
  saveCapture: { profile: aProfile({ fullName: 'Fuzz Person', photoUrl: 'https://media.licdn.com/dms/image/x' }), warnings: [] },
  captureTab: {},
  editCapture: { contactId: 'c1', patch: { headline: 'Corrected headline' } },
  updateContact: { id: 'c1', patch: { notes: 'hello', tags: ['a'], email: 'a@example.com', referredById: '' } },
  setStage: { id: 'c1', stage: 'requested' },
  addContact: { fullName: 'Dana Fuzz', profileUrl: 'https://www.linkedin.com/in/dana-fuzz/', source: 'meetup', notes: '' },
  deleteContact: { id: 'c1' },
  restoreContact: { undoToken: 'token' },
  deleteAllData: { confirmation: 'DELETE' },
  markSent: { contactId: 'c1', kind: 'cold-ask', channel: 'linkedin-message', text: 'Hello' },
  logReply: { contactId: 'c1' },
  saveMeeting: { contactId: 'c1', input: { date: '2026-12-01', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café', format: 'coffee' } },
  cancelMeeting: { meetingId: 'm1' },
  saveInterview: { interview: newInterview({ id: 'i-fuzz', contactId: 'c1', now: NOW }) },
  reminderAction: { reminderId: 'r1', action: 'snooze', days: 3 },
  saveTemplate: { template: { name: 'Mine', kind: 'custom', channel: 'email', subject: 'Hi', body: 'Hi {{firstName}}' } },
  deleteTemplate: { id: 't1' },
  restoreDefaultTemplates: {},
  saveSettings: { settings: defaultSettings() },
  syncReminders: {},
  importLinkedInCsv: { text: 'First Name,Last Name,URL\n' },
};

const HOSTILE_STRINGS = ['', ' ', 'x'.repeat(600_000), 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '{{constructor}}', '\u0000', '__proto__', 'https://evil.example/in/x/'];
const HOSTILE_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 9e15, -9e15, Number.MAX_SAFE_INTEGER, [], [[]], {}, JSON.parse('{"__proto__":{"polluted":1}}') as unknown, ...HOSTILE_STRINGS];

type Path = Array<string | number>;

/** Every path into a value: the fields to break. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 6) return out;
  // Index loops: a mutation may have replaced an array's prototype through "__proto__".
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) pathsOf(value[i], [...prefix, i], out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: Path, change: (old: unknown, parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  if (path.length === 0) {
    const box: Record<string, unknown> = { v: root };
    change(root, box, 'v');
    return box.v;
  }
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  change(node[last], node, last);
  return root;
}

/** One to three breakages at random paths of a type's sample. */
function malformed(type: BackgroundType, random: Rng): unknown {
  let data: unknown = structuredClone(SAMPLES[type]);
  const times = 1 + random.int(3);
  for (let i = 0; i < times; i++) {
    const path = random.pick(pathsOf(data));
    data = setAt(data, path, (old, parent, key) => {
      const how = random.int(5);
      if (how === 0 && path.length > 0) delete parent[key];
      else if (how === 1 && typeof old === 'string') parent[key] = old + random.pick(HOSTILE_STRINGS);
      else if (how === 2) parent[key] = random.pick(HOSTILE_VALUES);
      else if (how === 3 && old && typeof old === 'object') (old as Record<string, unknown>)[random.pick(['extra', '__proto__', 'constructor', 'id'])] = random.pick(HOSTILE_VALUES);
      else parent[key] = typeof old === 'number' ? String(old) : typeof old === 'string' ? old.length : [old];
    });
  }
  return data;
}

const PAGE = { id: 'self', url: 'chrome-extension://self/workspace.html' };
const CONTENT = { id: 'self', url: 'https://www.linkedin.com/in/x/', tab: { id: 7, url: 'https://www.linkedin.com/in/x/' } };
const noReminders = { afterChange: async () => {}, rebuild: async () => {}, syncAndNotify: async () => {} };

/** A sentence a person can read: a capital first, a full stop last, none of zod's own words. */
function expectSentence(error: string, context: string) {
  expect(error, context).toMatch(/^[“"]?[A-Z]/);
  expect(error, context).toMatch(/\.$/);
  expect(error, context).not.toMatch(/expected (string|number|object|array|boolean|int)|received|Invalid input|Too (big|small)|Invalid (string|option|element|key|type)|nonoptional|ZodError/i);
}

describe('message fuzz: malformed requests are refused in words and change nothing', () => {
  let db: CoffeeChatDB;
  let route: ReturnType<typeof createRouter>;
  beforeAll(async () => {
    fakeBrowser.reset();
    db = freshDb();
    await seedWorkspace(db);
    await storeSettings({ ...defaultSettings(), accountType: 'premium', me: { myName: 'Sam', myBackground: 'a nurse', myInterest: 'UX', mySchool: '' } });
    route = createRouter(
      { extensionId: 'self', pageOrigin: 'chrome-extension://self/', contentScriptTypes: CONTENT_SCRIPT_REQUESTS, readOnlyTypes: READ_ONLY_REQUESTS },
      BackgroundRequests,
      createHandlers(db, noReminders, () => NOW + 1000),
    );
  });

  it('every sample is well formed (so each mutation below is the only thing wrong)', () => {
    for (const type of Object.keys(SAMPLES) as BackgroundType[]) {
      expect(BackgroundRequests[type].safeParse(SAMPLES[type]).success, type).toBe(true);
    }
  });

  it('refuses 500+ seeded malformed requests with a sentence; stored data stays byte-identical', async () => {
    const before = await dumpEverything(db);
    const random = rngFrom(20261201);
    const types = Object.keys(BackgroundRequests) as BackgroundType[];
    let sent = 0;
    for (let attempt = 0; sent < 520 && attempt < 20_000; attempt++) {
      const type = random.pick(types);
      const data = malformed(type, random);
      // Malformed means: its own schema refuses it. Mutations the schema accepts are not sent.
      if (BackgroundRequests[type].safeParse(data).success) continue;
      sent += 1;
      const context = `${type} #${attempt}: ${JSON.stringify(data)?.slice(0, 300)}`;
      const reply = await route({ type, data, requestId: `fuzz-${attempt}-request` }, PAGE);
      expect(reply, context).toBeDefined();
      expect(reply?.ok, context).toBe(false);
      if (reply && !reply.ok) expectSentence(reply.error, context);
    }
    expect(sent).toBeGreaterThanOrEqual(500);
    expect(await dumpEverything(db)).toBe(before);
  });

  it('ignores garbage envelopes, unknown types and page-only requests from the content script', async () => {
    const before = await dumpEverything(db);
    const random = rngFrom(7);
    const garbage: unknown[] = [null, undefined, 42, 'saveCapture', [], {}, { type: 42 }, { type: 'x'.repeat(100) }, { type: '__proto__', data: {} }, { type: 'constructor', data: {} }, { type: 'toString' }, { type: 'hasOwnProperty', data: {} }];
    for (let i = 0; i < 60; i++) garbage.push({ type: random.pick(['nope', 'SAVECAPTURE', 'saveCapture ', 'eval', 'deleteAll']), data: random.pick(HOSTILE_VALUES) });
    for (const message of garbage) expect(route(message, PAGE), JSON.stringify(message)).toBeUndefined();
    for (const type of Object.keys(BackgroundRequests) as BackgroundType[]) {
      if (CONTENT_SCRIPT_REQUESTS.includes(type)) continue;
      expect(route({ type, data: SAMPLES[type] }, CONTENT), type).toBeUndefined();
      expect(route({ type, data: SAMPLES[type] }, { ...PAGE, id: 'another-extension' }), type).toBeUndefined();
    }
    expect(await dumpEverything(db)).toBe(before);
  });

  it('stays alive: a well-formed request still works after the storm', async () => {
    const reply = await route({ type: 'syncReminders', data: {} }, PAGE);
    expect(reply).toMatchObject({ ok: true });
  });
});
