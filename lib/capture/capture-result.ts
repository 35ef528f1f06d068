import { buildProfile } from './build-profile';
import { educationFrom, experienceFrom } from './entry-lines';
import { isMemberIdSlug, namesSomeoneElse } from './identity';
import { nameOnlyReading } from './page-reading';
import type { CaptureResult, CaptureWarning, ListedSection, NotAProfileReason, PageReading, ReadWarningCode, WordedReading } from './profile';
import { canonicalProfileUrl, profileSlug } from './profile-url';
import { selfCheck } from './self-check';

export const STALE_MESSAGE = 'The page is still loading the new profile — wait a moment and save again.';
const NO_NAME_MESSAGE = "Couldn't find a name on this page — wait for the profile to finish loading, then save again";

const MESSAGES: Record<NotAProfileReason, string> = {
  'not-profile': "This page isn't a LinkedIn profile — open someone's profile (linkedin.com/in/…) and save again",
  'not-found': "LinkedIn shows 'Profile not found' here — check the link",
  blocked: 'LinkedIn is showing a security check — reload the page, then save again',
  'login-wall': 'Sign in to LinkedIn to see this profile, then save again',
  unreadable: NO_NAME_MESSAGE,
};

const partLost = (part: string) =>
  `Couldn't read the ${part} part of this profile — save again, and report the page if it keeps happening`;

/** The sentence for each warning a reader reports by code (the reader carries no sentences). */
const READ_WARNINGS: Record<ReadWarningCode, (reading: PageReading) => string> = {
  'top-card-unreadable': () => partLost('top card'),
  'about-unreadable': () => partLost('About'),
  'experience-unreadable': () => partLost('Experience'),
  'education-unreadable': () => partLost('Education'),
  'identity-unreadable': () => partLost('identity'),
  'name-unconfirmed': (reading) =>
    `The page's title names someone other than "${reading.fullName ?? ''}" — check the name, and save again once the page has finished loading`,
  'partial-capture': () => 'Only the name could be read from this page — reload it and save again to add the rest',
};

/**
 * The reading made whole: the entries' lines made fields (each section on its own, as a reader
 * part: if one breaks, that section is lost with a warning, not the capture), warnings worded.
 */
function completed(reading: PageReading): WordedReading {
  const codes = reading.warnings.map(({ code }) => code);
  const part = <T>(code: ReadWarningCode, parse: () => T[]): T[] => {
    try {
      return parse();
    } catch {
      codes.push(code);
      return [];
    }
  };
  const experience = part('experience-unreadable', () => experienceFrom(reading.experience));
  const education = part('education-unreadable', () => educationFrom(reading.education));
  const warnings: CaptureWarning[] = codes.map((code) => ({ code, message: READ_WARNINGS[code](reading) }));
  return { ...reading, experience, education, warnings };
}

/** What the reader's answer means for the user, as a reason and a sentence they can act on. */
type ReaderAnswer = { ok: true; url: string; reading: PageReading; listed?: ListedSection } | { ok: false; reason: NotAProfileReason };

/**
 * The half of a capture that needs no DOM, run by the background on what the injected reader
 * returned (already parsed): the identity check, the self-check, names, the current job and
 * the Profile limits. Never throws.
 */
export function captureResult(answer: ReaderAnswer, now: number): CaptureResult {
  if (!answer.ok) return { ok: false, reason: answer.reason, message: MESSAGES[answer.reason] };
  const slug = profileSlug(answer.url);
  const profileUrl = canonicalProfileUrl(answer.url);
  if (!slug || !profileUrl) return { ok: false, reason: 'not-profile', message: MESSAGES['not-profile'] };
  const { reading } = answer;
  const fullName = reading.fullName;
  if (!fullName) return { ok: false, reason: 'unreadable', message: NO_NAME_MESSAGE };
  try {
    // An address with the member id instead of the vanity name ("/in/ACoAAB1x…", from search and
    // messages) is saved under the vanity name the page links to, so both ways of opening meet.
    const vanities = [...new Set(reading.ownSlugs.filter((own) => !isMemberIdSlug(own)))];
    const [vanity] = isMemberIdSlug(slug) && vanities.length === 1 ? vanities : [];
    if (!vanity && namesSomeoneElse(reading.ownSlugs, slug)) {
      return { ok: false, reason: 'unreadable', message: STALE_MESSAGE };
    }
    const url = vanity ? `https://www.linkedin.com/in/${encodeURIComponent(vanity)}/` : profileUrl;
    const checked = completed(reading);
    selfCheck(checked);
    return { ok: true, ...buildProfile({ ...checked, fullName }, url, now, answer.listed ?? null) };
  } catch {
    return nameOnly(fullName, profileUrl, now);
  }
}

/** Something above broke outside its guards: keep at least the name. */
function nameOnly(fullName: string, profileUrl: string, now: number): CaptureResult {
  try {
    return { ok: true, ...buildProfile({ ...completed(nameOnlyReading(fullName)), fullName }, profileUrl, now) };
  } catch {
    return { ok: false, reason: 'unreadable', message: NO_NAME_MESSAGE };
  }
}
