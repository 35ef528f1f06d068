import { currentJob } from './current-job';
import { compact, type Draft } from './draft';
import { splitName } from './names';
import { Profile, type CaptureWarning, type ProfileInput } from './profile';

export const EXTRACTOR_VERSION = '1.0.0';

const SECTION_LABEL = { experience: 'Experience', education: 'Education' } as const;

/** Turns what a layout reader found into a Profile that passes the schema, plus warnings. */
export function buildProfile(
  draft: Draft & { fullName: string },
  profileUrl: string,
  now: number,
): { profile: Profile; warnings: CaptureWarning[] } {
  const warnings: CaptureWarning[] = [...draft.warnings];
  for (const section of ['experience', 'education'] as const) {
    const state = section === 'experience' ? draft.experienceState : draft.educationState;
    if (state !== 'read') warnings.push(sectionWarning(section, state));
  }

  const candidate: ProfileInput = compact({
    profileUrl,
    fullName: draft.fullName,
    ...splitName(draft.fullName),
    pronouns: draft.pronouns,
    headline: draft.headline,
    location: draft.location,
    connectionDegree: draft.connectionDegree,
    ...currentJob(draft.experience, draft.topCompany, draft.headline),
    about: draft.about,
    experience: draft.experience,
    education: draft.education,
    photoUrl: draft.photoUrl,
    capturedAt: now,
    extractorVersion: EXTRACTOR_VERSION,
  });
  return { profile: validated(candidate, warnings), warnings };
}

function sectionWarning(section: 'experience' | 'education', state: 'placeholder' | 'absent'): CaptureWarning {
  const label = SECTION_LABEL[section];
  return {
    code: `${section}-not-loaded`,
    message:
      state === 'placeholder'
        ? `${label} not loaded yet — scroll down and save again to add it`
        : `No ${label} section on the page yet — if the profile has one, scroll down to it and save again`,
  };
}

/**
 * Profile.parse, but a bad optional value (a 3,000-character headline, an odd photo URL) costs
 * that value and adds a warning instead of losing the whole capture.
 */
function validated(candidate: ProfileInput, warnings: CaptureWarning[]): Profile {
  const value = candidate as Record<string, unknown>;
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = Profile.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) dropAt(value, issue, warnings);
  }
  return Profile.parse(value);
}

const REQUIRED = new Set(['profileUrl', 'fullName', 'capturedAt', 'extractorVersion']);

interface Issue {
  path: PropertyKey[];
  code: string;
  maximum?: unknown;
}

function dropAt(value: Record<string, unknown>, issue: Issue, warnings: CaptureWarning[]): void {
  const [field, index, inner] = issue.path;
  if (typeof field !== 'string') return;
  if (field === 'fullName' && typeof value.fullName === 'string') {
    value.fullName = value.fullName.slice(0, 300);
    addOnce(warnings, 'name-shortened', 'The name on this profile was very long, so it was shortened');
    return;
  }
  if (REQUIRED.has(field)) return;
  const items = value[field];
  if (Array.isArray(items) && index === undefined && issue.code === 'too_big') {
    // Hundreds of roles: keep the most recent ones, which LinkedIn lists first.
    items.splice(Number(issue.maximum));
  } else if (Array.isArray(items) && typeof index === 'number') {
    if (typeof inner === 'string') delete (items[index] as Record<string, unknown>)[inner];
    else items.splice(index);
  } else {
    delete value[field];
  }
  addOnce(
    warnings,
    `${field}-dropped`,
    `Couldn't keep the ${field} LinkedIn showed (too long or not valid) — the rest of the profile was saved`,
  );
}

function addOnce(warnings: CaptureWarning[], code: string, message: string): void {
  if (!warnings.some((w) => w.code === code)) warnings.push({ code, message });
}
