import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Profile, type CaptureResult } from '@/lib/capture/profile';
import { profileSlug } from '@/lib/capture/profile-url';
import { EXTRACTOR_VERSION } from '@/lib/capture/build-profile';
import { readProfile } from './read-profile';
import { allFixtures, GOLDENS, variantFixtures, type FixtureEntry } from './fixtures';
import { closeAll, parseFile } from './parse-html';

// Goldens pin the whole capture; regenerate after an intended change with
// UPDATE_GOLDENS=1 npx vitest run tests/capture, then review the diff.
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const CAPTURED_AT = 1_750_000_000_000;

const docs = new Map<string, Document>();
const results = new Map<string, CaptureResult>();

function pageOf(entry: FixtureEntry): Document {
  let doc = docs.get(entry.path);
  if (!doc) docs.set(entry.path, (doc = parseFile(entry.path)));
  return doc;
}

function captureOf(entry: FixtureEntry): CaptureResult {
  const key = `${entry.path} ${entry.url}`;
  let result = results.get(key);
  if (!result) results.set(key, (result = readProfile(pageOf(entry), entry.url, CAPTURED_AT)));
  return result;
}

afterAll(closeAll);

describe('readProfile on every fixture', () => {
  it.each(allFixtures)('$file captures the manifest facts', (entry) => {
    const result = captureOf(entry);
    const facts = entry.expect;
    if (facts.isProfile === false) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(10);
        if (facts.reason) expect(result.reason).toBe(facts.reason);
        else expect(result.reason).toBe(entry.layout);
      }
      return;
    }
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const { profile, warnings } = result;
    expect(() => Profile.parse(profile)).not.toThrow();
    for (const [fact, value] of Object.entries(facts)) {
      switch (fact) {
        case 'experienceCount':
          expect(profile.experience, fact).toHaveLength(value as number);
          break;
        case 'educationCount':
          expect(profile.education, fact).toHaveLength(value as number);
          break;
        case 'firstSchool':
          expect(profile.education[0]?.school, fact).toBe(value);
          break;
        case 'aboutStartsWith':
          expect(profile.about?.startsWith(value as string), `about: ${profile.about}`).toBe(true);
          break;
        case 'warningCodes':
          expect(warnings.map((w) => w.code)).toEqual(value);
          break;
        case 'warningCodesInclude':
          expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(value as string[]));
          break;
        default:
          expect(profile[fact as keyof typeof profile], fact).toEqual(value);
      }
    }
  });

  // A new variant gets its golden once a person has reviewed the capture (UPDATE_GOLDENS=1):
  // until then its golden test shows as skipped, never as passed. Shared pages always need one.
  const goldenOf = (entry: FixtureEntry) => path.join(GOLDENS, `${entry.name}.json`);
  const awaitingGolden = (entry: FixtureEntry) =>
    !UPDATE && variantFixtures.includes(entry) && !existsSync(goldenOf(entry));

  it.skip.each(allFixtures.filter(awaitingGolden))('$file matches its golden (no golden yet)', () => {});

  it.each(allFixtures.filter((entry) => !awaitingGolden(entry)))('$file matches its golden', (entry) => {
    const result = captureOf(entry);
    const file = goldenOf(entry);
    if (UPDATE) {
      mkdirSync(GOLDENS, { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    expect(existsSync(file), `missing golden ${file}: run UPDATE_GOLDENS=1 npx vitest run tests/capture`).toBe(true);
    // Through JSON, as the capture travels to the background and into IndexedDB.
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it.each(allFixtures.filter((entry) => entry.expect.isProfile !== false))(
    '$file describes only the person in the URL',
    (entry) => {
      const result = captureOf(entry);
      if (!result.ok) throw new Error(result.message);
      const text = JSON.stringify(result);
      const subject = profileSlug(entry.url);
      // Every other person the page links to: rails, mutual connections, the viewer's own menu.
      const others = new Set<string>();
      for (const link of pageOf(entry).querySelectorAll('a[href*="/in/"]')) {
        const href = link.getAttribute('href') ?? '';
        const slug = profileSlug(new URL(href, 'https://www.linkedin.com/').href);
        if (slug && slug !== subject) others.add(slug);
      }
      for (const slug of others) expect(text).not.toContain(slug);
      expect(result.profile.profileUrl).toContain(encodeURIComponent(subject ?? ''));
      expect(result.profile.capturedAt).toBe(CAPTURED_AT);
      expect(result.profile.extractorVersion).toBe(EXTRACTOR_VERSION);
    },
  );
});

describe('people who are on the page but are not the profile', () => {
  const byFile = (file: string) => {
    const entry = allFixtures.find((e) => e.file === file);
    if (!entry) throw new Error(`no fixture ${file}`);
    return JSON.stringify(captureOf(entry));
  };

  it('never captures the signed-in viewer or the rail in the sdui page', () => {
    const text = byFile('sdui-2026-synthetic/priya-raman.html');
    for (const other of ['Sam', 'Okafor', 'sam-okafor-42', 'Marcus Lee', 'Ana Souza', 'Dana Whitfield', 'Luis Ortega']) {
      expect(text).not.toContain(other);
    }
  });

  it.each(['profile-2', 'profile-3', 'profile-4', 'profile-5'])(
    'never captures the viewer (eduardo-alvarez-nowak) from the embedded JSON of ember %s',
    (name) => {
      const text = byFile(`ember-2024-logged-in/${name}.html`);
      for (const other of ['eduardo-alvarez-nowak', 'Eduardo', 'Alvarez', 'Nowak', 'shuyi-li']) {
        expect(text).not.toContain(other);
      }
    },
  );

  it('reads the new person, not the previous one left in the DOM by an in-page navigation', () => {
    const text = byFile('sdui-spa-two-profiles.html');
    for (const other of ['Priya', 'Raman', 'Waterloo', 'Lumen Bank', 'priya-raman-ux']) expect(text).not.toContain(other);
  });

  it.each([
    ['ember-2024-logged-in/profile-2.html', 'https://www.linkedin.com/in/abgargulo/'],
    ['sdui-2026-synthetic/priya-raman.html', 'https://www.linkedin.com/in/marcus-lee-design/'],
    ['public-2024-logged-out/profile-1.html', 'https://se.linkedin.com/in/abgargulo'],
  ])('refuses %s when the address names someone else (%s)', (file, url) => {
    const entry = allFixtures.find((e) => e.file === file);
    if (!entry) throw new Error(`no fixture ${file}`);
    expect(readProfile(pageOf(entry), url, CAPTURED_AT)).toEqual({
      ok: false,
      reason: 'unreadable',
      message: 'The page is still loading the new profile — wait a moment and save again.',
    });
  });
});

describe('hostile text', () => {
  it('keeps markup and template syntax as literal text and drops script URLs', () => {
    const entry = allFixtures.find((e) => e.file === 'sdui-hostile.html');
    if (!entry) throw new Error('no hostile fixture');
    const result = captureOf(entry);
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.fullName).toBe('<img src=x onerror="window.__pwned=1">');
    expect(result.profile.headline).toBe('Hi {{myName}} — I write <b>bold</b> copy ${alert(1)}');
    expect(result.profile.about).toBe('<p onclick="alert(1)">Click</p> & {{company}}');
    expect(result.profile.photoUrl).toBeUndefined();
    expect(result.profile.experience[0]?.companyUrl).toBeUndefined();
    expect(result.profile.education[0]?.schoolUrl).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('javascript:');
  });
});
