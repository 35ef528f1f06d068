import { z } from 'zod';
import { canonicalProfileUrl } from '@/lib/capture/profile-url';
import { canonicalOrgUrl } from '@/lib/capture/org-url';
import { isLinkedInMediaUrl } from '@/lib/capture/photo';

/**
 * Field schemas every stored record shares, so capture, import and every command check a date
 * or a link the same way. A record that passes these can always be shown: `new Date(t)` of a
 * Timestamp never throws "Invalid time value", and no link leaves LinkedIn.
 */

/** 1990-01-01 and 2100-01-01 (UTC): no contact, meeting or reminder is outside them. */
export const MIN_TIMESTAMP = Date.UTC(1990, 0, 1);
export const MAX_TIMESTAMP = Date.UTC(2100, 0, 1);

/** The date of everything the product ships (default templates): the start of the range. */
export const SHIPPED_AT = MIN_TIMESTAMP;

const TIMESTAMP_MESSAGE = 'must be a date between 1990 and 2100';

export function isSaneTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_TIMESTAMP && value <= MAX_TIMESTAMP;
}

/** Milliseconds since 1970, as Date.now() gives them, within 1990–2100. */
export const Timestamp = z
  .number()
  .int(TIMESTAMP_MESSAGE)
  .min(MIN_TIMESTAMP, TIMESTAMP_MESSAGE)
  .max(MAX_TIMESTAMP, TIMESTAMP_MESSAGE);

const PROFILE_URL_MESSAGE = 'must be a linkedin.com/in/ link';

/**
 * A LinkedIn profile link, stored in canonical form (see canonicalProfileUrl): another letter
 * case or a country subdomain becomes the one form, so the same person is found again;
 * anything that is not a profile on linkedin.com (a traversal, another host) is refused.
 */
export const ProfileUrl = (message = PROFILE_URL_MESSAGE) =>
  z
    .string()
    .max(500, message)
    .transform((value, ctx) => {
      const canonical = canonicalProfileUrl(value);
      if (canonical === null) {
        ctx.addIssue({ code: 'custom', message, input: value });
        return z.NEVER;
      }
      return canonical;
    });

/** A photo on LinkedIn's media servers (https://*.licdn.com): "Show photo" requests nothing else. */
export const PhotoUrl = z
  .string()
  .max(2000, 'must be a photo link on LinkedIn (media.licdn.com)')
  .refine(isLinkedInMediaUrl, 'must be a photo link on LinkedIn (media.licdn.com)');

const ORG_URL_MESSAGE = 'must be a LinkedIn company or school link (https://www.linkedin.com/company/…)';

/** A company or school page on linkedin.com, stored in canonical form; nothing else (no javascript:). */
export const OrgUrl = z
  .string()
  .max(500, ORG_URL_MESSAGE)
  .transform((value, ctx) => {
    const canonical = /^https:\/\//i.test(value.trim()) ? canonicalOrgUrl(value) : undefined;
    if (canonical === undefined) {
      ctx.addIssue({ code: 'custom', message: ORG_URL_MESSAGE, input: value });
      return z.NEVER;
    }
    return canonical;
  });
