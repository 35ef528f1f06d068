import type { PageReading, ReadWarningCode, SectionState } from './profile';

// Helpers the layout readers share while they fill in a PageReading. This file runs in the
// injected reader: types only from profile.ts, never zod itself.

/**
 * Entries read, or why not: a card that is there but empty is a skeleton LinkedIn fills once it
 * scrolls into view; no card at all may mean the section is not on the page yet.
 */
export function sectionState(source: unknown, entries: unknown[], cut?: boolean): SectionState {
  if (entries.length > 0) return cut ? 'cut' : 'read';
  return source ? 'placeholder' : 'absent';
}

export function emptyReading(layout: PageReading['layout']): PageReading {
  return {
    layout,
    ownSlugs: [],
    experience: [],
    education: [],
    experienceState: 'absent',
    educationState: 'absent',
    warnings: [],
  };
}

/**
 * Runs one part of a reader so a LinkedIn change that breaks it costs that part only: the rest
 * of the profile is still captured, with a warning the user can act on (`code` names the part;
 * the background words it).
 */
export function readPart<T>(reading: PageReading, code: ReadWarningCode, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    reading.warnings.push({ code });
    return undefined;
  }
}

/** Copies only defined, non-empty values, so goldens and stored records carry no empty keys. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined && item !== '') out[key] = item;
  }
  return out as T;
}

/** All that is kept when a reader broke outside its guards: the name, and a warning saying so. */
export function nameOnlyReading(fullName: string): PageReading {
  return {
    ...emptyReading('sdui-2026'),
    fullName,
    experienceState: 'read',
    educationState: 'read',
    warnings: [{ code: 'partial-capture' }],
  };
}
