import { currentJob } from './current-job';
import { compact } from './page-reading';
import { splitName } from './names';
import type { CaptureWarning, ListedSection, Profile, ProfileInput, WordedReading } from './profile';
import { isHttpsUrl, LIST_LIMITS, MEMBER_ID, TEXT_LIMITS } from './profile-limits';

export const EXTRACTOR_VERSION = '1.0.0';

type Section = ListedSection;
const SECTION_LABEL: Record<Section, string> = { experience: 'Experience', education: 'Education' };

/**
 * Turns what a layout reader found into a Profile that passes the schema, plus warnings.
 * `listed` is the section a /details/ page lists: the other one is not on that page at all.
 */
export function buildProfile(
  reading: WordedReading & { fullName: string },
  profileUrl: string,
  now: number,
  listed: Section | null = null,
): { profile: Profile; warnings: CaptureWarning[] } {
  const warnings: CaptureWarning[] = [...reading.warnings];
  for (const section of ['experience', 'education'] as const) {
    const state = section === 'experience' ? reading.experienceState : reading.educationState;
    if (state === 'read') continue;
    // An empty list never erases what was saved (mergeCapture), so nothing is lost: say that.
    if (listed && section !== listed && state === 'absent') warnings.push(notListedWarning(section, listed));
    else warnings.push(sectionWarning(section, state));
  }

  const candidate: ProfileInput = compact({
    profileUrl,
    fullName: reading.fullName,
    ...splitName(reading.fullName),
    pronouns: reading.pronouns,
    headline: reading.headline,
    location: reading.location,
    connectionDegree: reading.connectionDegree,
    ...currentJob(reading.experience, reading.topCompany, reading.headline),
    about: reading.about,
    experience: reading.experience,
    education: reading.education,
    photoUrl: reading.photoUrl,
    memberId: reading.memberId,
    capturedAt: now,
    extractorVersion: EXTRACTOR_VERSION,
  });
  return { profile: validated(candidate, warnings), warnings };
}

function notListedWarning(section: Section, listed: Section): CaptureWarning {
  const label = SECTION_LABEL[section];
  return {
    code: `${section}-not-listed`,
    message: `This page lists only ${SECTION_LABEL[listed]}, so ${label} was not read: what is already saved under ${label} is kept`,
  };
}

function sectionWarning(section: Section, state: 'cut' | 'placeholder' | 'absent'): CaptureWarning {
  const label = SECTION_LABEL[section];
  if (state === 'cut') {
    return {
      code: `${section}-cut`,
      message: `Only the first ${label} entries are on this page — open "Show all" under ${label} and save that page too to add the rest`,
    };
  }
  return {
    code: `${section}-not-loaded`,
    message:
      state === 'placeholder'
        ? `${label} not loaded yet — scroll down and save again to add it`
        : `No ${label} section on the page yet — if the profile has one, scroll down to it and save again`,
  };
}

/**
 * Trims a capture to the limits the background's schema enforces, without zod (the content
 * script cannot afford it): a bad optional value (a 3,000-character headline, an odd photo URL)
 * costs that value and adds a warning instead of losing the whole capture. The background then
 * parses the result with the Profile schema as it does every message.
 */
function validated(candidate: ProfileInput, warnings: CaptureWarning[]): Profile {
  const value = { ...candidate } as Record<string, unknown>;
  if (typeof value.fullName === 'string' && value.fullName.length > TEXT_LIMITS.fullName) {
    value.fullName = value.fullName.slice(0, TEXT_LIMITS.fullName);
    addOnce(warnings, 'name-shortened', 'The name on this profile was very long, so it was shortened');
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    if (field === 'fullName') continue;
    const text = value[field];
    if (text !== undefined && (typeof text !== 'string' || text.length > max)) drop(value, field, warnings);
  }
  if (value.photoUrl !== undefined && !(typeof value.photoUrl === 'string' && isHttpsUrl(value.photoUrl))) {
    drop(value, 'photoUrl', warnings);
  }
  if (value.memberId !== undefined && !(typeof value.memberId === 'string' && MEMBER_ID.test(value.memberId))) {
    delete value.memberId;
  }
  for (const [field, max] of Object.entries(LIST_LIMITS)) {
    const items = value[field];
    // Hundreds of roles: keep the most recent ones, which LinkedIn lists first.
    if (Array.isArray(items) && items.length > max) value[field] = items.slice(0, max);
  }
  value.experience ??= [];
  value.education ??= [];
  return value as Profile;
}

function drop(value: Record<string, unknown>, field: string, warnings: CaptureWarning[]): void {
  delete value[field];
  addOnce(
    warnings,
    `${field}-dropped`,
    `Couldn't keep the ${field} LinkedIn showed (too long or not valid) — the rest of the profile was saved`,
  );
}

function addOnce(warnings: CaptureWarning[], code: string, message: string): void {
  if (!warnings.some((w) => w.code === code)) warnings.push({ code, message });
}
