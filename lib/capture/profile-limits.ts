/**
 * Size limits of a captured profile, shared by the zod schema (profile.ts, checked by the
 * background) and the content script's own trimming (build-profile.ts), which must not import
 * zod: the content script runs on every LinkedIn page and has a 15 KB gzip budget.
 */
export const TEXT_LIMITS = {
  fullName: 300,
  firstName: 300,
  lastName: 300,
  pronouns: 60,
  headline: 2000,
  location: 300,
  connectionDegree: 20,
  currentTitle: 500,
  currentCompany: 500,
  about: 20_000,
} as const;

/** LinkedIn member ids as they appear in card keys and message links ("ACoAAB1x…"). */
export const MEMBER_ID = /^ACo[A-Za-z0-9_-]{6,100}$/;

export const LIST_LIMITS = { experience: 200, education: 100 } as const;
export const EXTRACTOR_VERSION_LIMIT = 40;

/** A photo we store: a plain https URL (never data:, never javascript:). */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
