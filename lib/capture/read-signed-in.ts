import type { PageReading, SectionState } from './profile';
import { pageNames, sameName } from './page-names';
import { payloadDocument } from './payload';
import { readRendered } from './read-rendered';
import { visibilityTest } from './visible';

/**
 * The signed-in layouts (SDUI 2026, Ember): the rendered page read by signals, and the embedded
 * payload for what it lacks. Built into profile-reader.js.
 */
export const SIGNED_IN_READER = { read: readRendered, withPayload };

/**
 * Pages that render little carry the profile in an embedded payload: read it the same way and
 * take from it what the rendered page lacks, when it names the same person.
 */
function withPayload(doc: Document, reading: PageReading | undefined, slug: string, profileUrl: string): PageReading | undefined {
  const complete = reading?.fullName && isRead(reading.experienceState) && isRead(reading.educationState);
  if (complete) return reading;
  const payload = payloadDocument(doc);
  const extra = payload && readRendered(payload, slug, profileUrl, visibilityTest());
  if (!extra?.fullName) return reading;
  if (!reading?.fullName) {
    // Nothing rendered to compare with: the payload must name the address's person itself, or
    // agree with the page's title (a payload left over from the previous profile does neither).
    const confirmed = extra.ownSlugs.includes(slug) || pageNames(doc, slug).some((name) => sameName(name, extra.fullName ?? ''));
    return confirmed ? extra : reading;
  }
  if (!sameName(reading.fullName, extra.fullName)) return reading;
  // Only whole cards the page lacks: a line missing from a rendered card is not shown to the user.
  reading.about ??= extra.about;
  if (!isRead(reading.experienceState) && isRead(extra.experienceState)) {
    reading.experience = extra.experience;
    reading.experienceState = extra.experienceState;
  }
  if (!isRead(reading.educationState) && isRead(extra.educationState)) {
    reading.education = extra.education;
    reading.educationState = extra.educationState;
  }
  reading.ownSlugs = [...new Set([...reading.ownSlugs, ...extra.ownSlugs])];
  return reading;
}

/** Entries were read (all of them, or the first ones of a list cut at "Show all"). */
function isRead(state: SectionState): boolean {
  return state === 'read' || state === 'cut';
}
