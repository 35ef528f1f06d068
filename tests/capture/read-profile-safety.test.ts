import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Profile } from '@/lib/capture/profile';
import { readProfile } from './read-profile';
import { SHARED_FIXTURES } from './fixtures';
import { closeAll, parseHtml } from './parse-html';

const PRIYA = readFileSync(path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html'), 'utf8');
const PRIYA_URL = 'https://www.linkedin.com/in/priya-raman-ux/';
const NOW = 1_750_000_000_000;

afterAll(closeAll);

describe('readProfile outside a profile', () => {
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/northwind-health/',
    'https://linkedin.com.evil.com/in/priya-raman-ux/',
    'http://www.linkedin.com/in/priya-raman-ux/',
    'not a url',
  ])('says %s is not a profile page', (url) => {
    const result = readProfile(parseHtml(PRIYA), url, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'not-profile' });
  });

  it('says so when no name can be found', () => {
    const result = readProfile(parseHtml('<html><body><main><p>Loading…</p></main></body></html>'), PRIYA_URL, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it.each([
    ['<html><body><iframe src="https://www.linkedin.com/checkpoint/challenge/x"></iframe></body></html>', 'blocked'],
    ['<html><body><div class="page-not-found"><h1>Nope</h1></div></body></html>', 'not-found'],
    ['<html><head><link rel="canonical" href="https://www.linkedin.com/"></head><body><main><h1>Welcome</h1></main></body></html>', 'login-wall'],
    ['<html><body><form action="https://www.linkedin.com/uas/login-submit"><input name="session_key"></form></body></html>', 'login-wall'],
  ])('recognises a blocking page', (html, reason) => {
    expect(readProfile(parseHtml(html), PRIYA_URL, NOW)).toMatchObject({ ok: false, reason });
  });
});

describe('readProfile never throws', () => {
  it('turns a document that throws on every query into an answer', () => {
    const broken = new Proxy({} as Document, {
      get() {
        throw new Error('detached document');
      },
    });
    const result = readProfile(broken, PRIYA_URL, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('keeps the rest of the profile, with a warning, when one card breaks', () => {
    const doc = parseHtml(PRIYA);
    const card = doc.querySelector('[componentkey$="ExperienceTopLevelSection"]');
    if (!card) throw new Error('fixture changed');
    card.querySelectorAll = () => {
      throw new Error('LinkedIn changed something');
    };
    const result = readProfile(doc, PRIYA_URL, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.fullName).toBe('Priya Raman');
    expect(result.profile.education).toHaveLength(2);
    expect(result.profile.experience).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('experience-unreadable');
  });

  it('keeps the name when a reader fails outside its guards', () => {
    const doc = parseHtml(PRIYA);
    doc.querySelectorAll = () => {
      throw new Error('boom');
    };
    const result = readProfile(doc, PRIYA_URL, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.fullName).toBe('Priya Raman');
    expect(result.warnings.map((w) => w.code)).toContain('partial-capture');
  });
});

describe('readProfile after an in-page navigation', () => {
  it('refuses a page whose top card is new but whose Experience card is still the previous person’s', () => {
    const doc = parseHtml(readFileSync(path.join(SHARED_FIXTURES, 'ember-2024-logged-in/profile-2.html'), 'utf8'));
    const top = doc.querySelector('main h1')?.closest('section');
    for (const link of top?.querySelectorAll('a[href*="/in/"]') ?? []) {
      link.setAttribute('href', (link.getAttribute('href') ?? '').replace('sri-lalitha-jeevanige-35520a61', 'abgargulo'));
    }
    const result = readProfile(doc, 'https://www.linkedin.com/in/abgargulo/', NOW);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('readProfile keeps what the schema allows', () => {
  it('drops an over-long optional field with a warning instead of failing', () => {
    const long = 'x'.repeat(2500);
    const doc = parseHtml(PRIYA.replace('Senior UX Researcher at Northwind Health | Mixed-methods', long));
    const result = readProfile(doc, PRIYA_URL, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.headline).toBeUndefined();
    expect(result.profile.about).toMatch(/^I lead research/);
    expect(result.warnings.map((w) => w.code)).toContain('headline-dropped');
    expect(() => Profile.parse(result.profile)).not.toThrow();
  });

  it('shortens an over-long name rather than losing the capture', () => {
    const doc = parseHtml(PRIYA.replace('<h2 class="_h2x91">Priya Raman</h2>', `<h2>${'Priya '.repeat(80)}</h2>`));
    const result = readProfile(doc, PRIYA_URL, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.fullName.length).toBeLessThanOrEqual(300);
    expect(result.warnings.map((w) => w.code)).toContain('name-shortened');
  });

  it('keeps the photo only when it is a real https image', () => {
    const photo = 'https://media.licdn.com/dms/image/v2/D5603AQ/profile-displayphoto-shrink_400_400/0/1?e=1&amp;v=beta&amp;t=x';
    const doc = parseHtml(PRIYA.replace('<img class="_img02" alt="Priya Raman" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', `<img alt="Priya Raman" src="${photo}">`));
    const result = readProfile(doc, PRIYA_URL, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.photoUrl).toBe(photo.replace(/&amp;/g, '&'));
  });

  it('saves a profile opened by member id under the vanity name the page links to', () => {
    const result = readProfile(parseHtml(PRIYA), 'https://www.linkedin.com/in/ACoAAB1xPriyaRaman000?miniProfileUrn=x', NOW);
    expect(result).toMatchObject({ ok: true, profile: { profileUrl: PRIYA_URL, fullName: 'Priya Raman' } });
  });

  it('accepts the page when the address uses another spelling of the same slug', () => {
    const result = readProfile(parseHtml(PRIYA), 'https://ca.linkedin.com/in/Priya-Raman-UX/details/experience/?trk=x', NOW);
    expect(result).toMatchObject({ ok: true, profile: { profileUrl: PRIYA_URL } });
  });
});
