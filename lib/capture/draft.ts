import type { CaptureWarning, Education, Experience } from './profile';

/** How a lazily loaded card looked when the page was read. */
export type SectionState = 'read' | 'placeholder' | 'absent';

/** What one layout reader found, before names, the current job and the schema are applied. */
export interface Draft {
  layout: 'sdui-2026' | 'ember-2024' | 'public-2024';
  /**
   * Slugs the page names as its own subject (top-card overlay links, JSON-LD url, canonical link).
   * After an in-page navigation these still name the previous person until LinkedIn re-renders.
   */
  ownSlugs: string[];
  fullName?: string;
  pronouns?: string;
  headline?: string;
  location?: string;
  connectionDegree?: string;
  /** The company shown in the top card (LinkedIn's pick of the current position). */
  topCompany?: string;
  about?: string;
  photoUrl?: string;
  memberId?: string;
  experience: Experience[];
  education: Education[];
  experienceState: SectionState;
  educationState: SectionState;
  warnings: CaptureWarning[];
}

/**
 * Entries read, or why not: a card that is there but empty is a skeleton LinkedIn fills once it
 * scrolls into view; no card at all may mean the section is not on the page yet.
 */
export function sectionState(source: unknown, entries: unknown[]): SectionState {
  if (entries.length > 0) return 'read';
  return source ? 'placeholder' : 'absent';
}

export function emptyDraft(layout: Draft['layout']): Draft {
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
 * of the profile is still captured, with a warning the user can act on.
 */
export function readPart<T>(draft: Draft, part: string, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    draft.warnings.push({
      code: `${part.toLowerCase().replace(/\s+/g, '-')}-unreadable`,
      message: `Couldn't read the ${part} part of this profile — save again, and report the page if it keeps happening`,
    });
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
