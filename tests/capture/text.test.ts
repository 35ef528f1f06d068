import { describe, expect, it } from 'vitest';
import { connectionDegreeFrom, pronounsFrom } from '@/lib/capture/badges';
import { canonicalOrgUrl } from '@/lib/capture/org-url';
import { photoUrlFrom } from '@/lib/capture/photo';
import { blockText, cleanText, splitDots } from '@/lib/capture/text';
import { closeAll, parseHtml } from './parse-html';

afterAll(closeAll);

describe('text', () => {
  it('collapses template whitespace, non-breaking spaces and zero-width characters', () => {
    expect(cleanText('\n      Priya\u00a0 Raman\u200b  \t')).toBe('Priya Raman');
    expect(cleanText(undefined)).toBe('');
  });

  it('drops the direction marks right-to-left pages put around dates and Latin words, keeps joiners', () => {
    expect(cleanText('\u200fمارس ٢٠٢٢\u200e - \u2067Acme\u2069')).toBe('مارس ٢٠٢٢ - Acme');
    expect(cleanText('می\u200cخواهم')).toBe('می\u200cخواهم');
  });

  it('keeps paragraph breaks written as <br> and never reads markup', () => {
    const doc = parseHtml('<div id="x">One.<br><br>  Two &lt;b&gt;bold&lt;/b&gt;<button>…see more</button><span class="visually-hidden">One. Two</span></div>');
    expect(blockText(doc.getElementById('x'))).toBe('One.\n\nTwo <b>bold</b>');
  });

  // A real 2020 Ember page (Polish UI): About ended "... zobacz więcej" and every role's
  // description "…": the clamp's ellipsis and its "see more" control were read as text.
  it('leaves out a "see more" control and the ellipsis before it', () => {
    const doc = parseHtml(
      '<p id="about"><span>Programuję od ponad 10 lat.</span><span class="lt-line-clamp__ellipsis">... <a href="#" role="button">zobacz więcej</a></span></p>' +
        '<p id="role">✅ Docker<br>✅ Rest API<span class="inline-show-more-text__link-container-collapsed"><span>…</span><button>zobacz więcej</button></span></p>' +
        '<p id="dots">Wait for it...</p>',
    );
    expect(blockText(doc.getElementById('about'))).toBe('Programuję od ponad 10 lat.');
    expect(blockText(doc.getElementById('role'))).toBe('✅ Docker\n✅ Rest API');
    expect(blockText(doc.getElementById('dots'))).toBe('Wait for it...');
  });

  it('splits middle-dot lines', () => {
    expect(splitDots('Toronto, Ontario · Hybrid')).toEqual(['Toronto, Ontario', 'Hybrid']);
    expect(splitDots('· 2nd')).toEqual(['2nd']);
  });
});

describe('badges', () => {
  it.each([
    ['· 2nd', '2nd'],
    ['2nd degree connection', '2nd'],
    ['· 3rd+', '3rd'],
    ['· 2.', '2nd'],
    ['3e', '3rd'],
    ['1er', '1st'],
    ['· ٢', '2nd'],
    // Arabic writes the degree as an ordinal word.
    ['· الدرجة الثانية', '2nd'],
    ['الدرجة الثالثة', '3rd'],
    ['الدرجة', undefined],
    ['· 2次', '2nd'],
    ['500+ connections', undefined],
    ['She/Her', undefined],
  ])('degree of %s is %s', (text, degree) => {
    expect(connectionDegreeFrom(text)).toBe(degree);
  });

  it('reads pronouns but not menu items or degrees', () => {
    expect(pronounsFrom('(She/Her)')).toBe('She/Her');
    expect(pronounsFrom('Er/Ihm')).toBe('Er/Ihm');
    expect(pronounsFrom('· 2nd')).toBeUndefined();
  });
});

describe('links and photos', () => {
  it.each([
    ['https://www.linkedin.com/company/5049/', 'https://www.linkedin.com/company/5049/'],
    ['https://se.linkedin.com/company/swedbank?trk=public_profile', 'https://www.linkedin.com/company/swedbank/'],
    ['/company/Northwind-Health/life/', 'https://www.linkedin.com/company/northwind-health/'],
    ['https://uk.linkedin.com/school/oxforduni/?trk=x', 'https://www.linkedin.com/school/oxforduni/'],
    ['https://www.linkedin.com/search/results/all/?keywords=SASTRA+University', undefined],
    ['javascript:alert(1)', undefined],
    ['https://evil.example/company/x/', undefined],
  ])('company/school link %s → %s', (href, url) => {
    expect(canonicalOrgUrl(href)).toBe(url);
  });

  it.each([
    ['https://media.licdn.com/dms/image/C4E03AQ/profile-displayphoto-shrink_400_400/0/1?e=1&v=beta&t=x', true],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', false],
    ['https://static.licdn.com/aero-v1/sc/h/bnxyo1tqcm61152dwec76x63i', false],
    ['http://media.licdn.com/dms/image/x', false],
    ['javascript:alert(1)', false],
    // Any other host could be a tracking pixel: "Show photo" would request it.
    ['https://tracker.example/pixel.gif', false],
    ['https://media.licdn.com.evil.example/dms/image/x', false],
    ['https://user@media.licdn.com/dms/image/x', false],
    ['https://media-exp1.licdn.com/dms/image/x', true],
  ])('photo %s kept: %s', (src, kept) => {
    expect(photoUrlFrom(src) !== undefined).toBe(kept);
  });
});
