import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, isCanonicalProfileUrl, isProfileUrl, profileSlug, profileUrlFromInput } from '@/lib/capture/profile-url';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/priya-raman-ux/', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/priya-raman-ux', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://se.linkedin.com/in/eduardo-alvarez-nowak', 'https://www.linkedin.com/in/eduardo-alvarez-nowak/'],
    ['https://linkedin.com/in/abgargulo/', 'https://www.linkedin.com/in/abgargulo/'],
    ['https://m.linkedin.com/in/abgargulo/', 'https://www.linkedin.com/in/abgargulo/'],
    ['https://WWW.LinkedIn.com/in/Priya-Raman-UX/', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/priya-raman-ux/details/experience/', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/priya-raman-ux/overlay/contact-info/', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/priya-raman-ux/recent-activity/all/', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/priya-raman-ux/?originalSubdomain=ca&trk=x', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/priya-raman-ux/#experience', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['  https://www.linkedin.com/in/priya-raman-ux/  ', 'https://www.linkedin.com/in/priya-raman-ux/'],
    ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/', 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/'],
    ['https://www.linkedin.com/in/jörg-müller/', 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/'],
    ['https://de.linkedin.com/in/J%C3%96RG-M%C3%9CLLER', 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/'],
    ['https://www.linkedin.com/in/j%c3%b6rg-m%c3%bcller/', 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/'],
    // Copied through another app and encoded twice.
    ['https://www.linkedin.com/in/j%25C3%25B6rg-m%25C3%25BCller/', 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/'],
    ['https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/', 'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalProfileUrl(input)).toBe(expected);
  });

  it.each([
    ['http://www.linkedin.com/in/priya-raman-ux/', 'not https'],
    ['ftp://www.linkedin.com/in/priya-raman-ux/', 'not https'],
    ['https://linkedin.com.evil.com/in/priya-raman-ux/', 'look-alike host'],
    ['https://evil.com/www.linkedin.com/in/priya-raman-ux/', 'other host'],
    ['https://notlinkedin.com/in/priya-raman-ux/', 'other host'],
    ['https://a.b.linkedin.com/in/priya-raman-ux/', 'nested subdomain'],
    ['https://www.linkedin.com:8443/in/priya-raman-ux/', 'port'],
    ['https://user@www.linkedin.com/in/priya-raman-ux/', 'credentials'],
    ['https://www.linkedin.com/company/northwind-health/', 'company page'],
    ['https://www.linkedin.com/school/university-of-waterloo/', 'school page'],
    ['https://www.linkedin.com/feed/', 'feed'],
    ['https://www.linkedin.com/', 'home'],
    ['https://www.linkedin.com/in/', 'empty slug'],
    ['https://www.linkedin.com/in//details/', 'empty slug'],
    ['https://www.linkedin.com/in/%20/', 'blank slug'],
    ['https://www.linkedin.com/in/%E0%A4%A/', 'broken encoding'],
    ['https://www.linkedin.com/in/a%3Cscript%3E/', 'markup in slug'],
    ['https://www.linkedin.com/search/results/people/?keywords=in', 'search'],
    ['javascript:alert(1)//www.linkedin.com/in/x/', 'script URL'],
    ['www.linkedin.com/in/priya-raman-ux/', 'no scheme'],
    ['', 'empty'],
    ['not a url', 'garbage'],
  ])('rejects %s (%s)', (input) => {
    expect(canonicalProfileUrl(input)).toBeNull();
    expect(isProfileUrl(input)).toBe(false);
    expect(profileSlug(input)).toBeNull();
  });
});

describe('profileSlug', () => {
  it('gives the decoded, lower-cased slug that both spellings of a URL share', () => {
    expect(profileSlug('https://www.linkedin.com/in/J%C3%B6rg-M%C3%BCller/')).toBe('jörg-müller');
    expect(profileSlug('https://se.linkedin.com/in/jörg-müller/details/')).toBe('jörg-müller');
  });

  it('is consistent with canonicalProfileUrl', () => {
    const canonical = canonicalProfileUrl('https://uk.linkedin.com/in/Priya-Raman-UX?trk=1');
    expect(canonical).not.toBeNull();
    expect(canonicalProfileUrl(canonical ?? '')).toBe(canonical);
    expect(isProfileUrl(canonical ?? '')).toBe(true);
  });
});

describe('hostile profile links', () => {
  it.each([
    ['https://www.linkedin.com/in/../redir/redirect?url=https%3A%2F%2Fevil.example', 'traversal'],
    ['https://www.linkedin.com/in/%2E%2E/redir/redirect?url=x', 'encoded traversal'],
    ['https://www.linkedin.com/in/%252E%252E/redir/redirect?url=x', 'double-encoded traversal'],
    ['https://www.linkedin.com/in/%2E/', 'dot slug'],
    ['https://user:pw@www.linkedin.com/in/priya/', 'credentials'],
    ['data:text/html,https://www.linkedin.com/in/priya/', 'data URL'],
    ['javascript:alert(1)', 'script URL'],
  ])('rejects %s (%s)', (input) => {
    expect(canonicalProfileUrl(input)).toBeNull();
    expect(profileUrlFromInput(input)).toBeNull();
  });

  it('keeps the letter case of a member id, which LinkedIn treats as case-sensitive', () => {
    expect(canonicalProfileUrl('https://www.linkedin.com/in/ACoAAB1xPriyaRaman000?miniProfileUrn=x')).toBe(
      'https://www.linkedin.com/in/ACoAAB1xPriyaRaman000/',
    );
    // A vanity name that merely starts with "acoa" is lower-cased like any other.
    expect(canonicalProfileUrl('https://www.linkedin.com/in/AcoaBrian/')).toBe('https://www.linkedin.com/in/acoabrian/');
  });

  it('is idempotent: a canonical URL is its own canonical form', () => {
    for (const url of ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/', 'https://www.linkedin.com/in/ACoAAB1xPriyaRaman000/']) {
      expect(canonicalProfileUrl(url)).toBe(url);
      expect(isCanonicalProfileUrl(url)).toBe(true);
    }
    expect(isCanonicalProfileUrl('https://www.linkedin.com/in/Sri-Lalitha/')).toBe(false);
  });
});

describe('profileUrlFromInput (what a person pastes)', () => {
  it.each([
    ['linkedin.com/in/Jane-Doe', 'https://www.linkedin.com/in/jane-doe/'],
    ['www.linkedin.com/in/jane-doe?trk=x', 'https://www.linkedin.com/in/jane-doe/'],
    ['http://de.linkedin.com/in/ann-lee?trk=x#y', 'https://www.linkedin.com/in/ann-lee/'],
    ['  https://www.linkedin.com/in/ann-lee/details/experience/ ', 'https://www.linkedin.com/in/ann-lee/'],
  ])('%s → %s', (input, out) => {
    expect(profileUrlFromInput(input)).toBe(out);
  });

  it.each(['', 'ann lee', 'https://www.linkedin.com/company/acme/', 'https://notlinkedin.com/in/ann', 'ftp://www.linkedin.com/in/ann/'])(
    'rejects %j',
    (input) => {
      expect(profileUrlFromInput(input)).toBeNull();
    },
  );
});
