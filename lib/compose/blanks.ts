import { CONTACT_LIMITS } from '@/lib/contacts/contact';
import type { ContactPatch } from '@/lib/messaging/protocol';
import type { MyProfile, SettingsPatch } from '@/lib/settings';
import { findVariables, isVariableName, type VariableName, type VariableValues } from '@/lib/templates/variables';
import type { z } from 'zod';

type MyField = keyof z.infer<typeof MyProfile>;
type ContactField = 'source' | 'firstName' | 'fullName' | 'currentCompany' | 'currentTitle' | 'headline' | 'location';

/**
 * Where a blank filled under the draft is kept, so it is asked for once: the user's own details
 * in settings (every later draft signs with them), what they know about the person on the
 * contact, and facts about this one message (a finding, a meeting time) with the draft only.
 */
export type BlankHome =
  | { kind: 'settings'; field: MyField; maxLength: number }
  | { kind: 'contact'; field: ContactField; maxLength: number }
  | { kind: 'draft'; maxLength: number };

// The same sizes as the settings schema and the contact patch, so a save is never refused for length.
const HOMES: Record<VariableName, BlankHome> = {
  myName: { kind: 'settings', field: 'myName', maxLength: 200 },
  myBackground: { kind: 'settings', field: 'myBackground', maxLength: 500 },
  myInterest: { kind: 'settings', field: 'myInterest', maxLength: 500 },
  mySchool: { kind: 'settings', field: 'mySchool', maxLength: 200 },
  howWeMet: { kind: 'contact', field: 'source', maxLength: CONTACT_LIMITS.source },
  firstName: { kind: 'contact', field: 'firstName', maxLength: 300 },
  fullName: { kind: 'contact', field: 'fullName', maxLength: 300 },
  company: { kind: 'contact', field: 'currentCompany', maxLength: 500 },
  title: { kind: 'contact', field: 'currentTitle', maxLength: 500 },
  headline: { kind: 'contact', field: 'headline', maxLength: 2000 },
  location: { kind: 'contact', field: 'location', maxLength: 300 },
  // Derived from two records (the school both went to): kept with the message rather than guessed into either.
  school: { kind: 'draft', maxLength: 300 },
  referrerName: { kind: 'draft', maxLength: 300 },
  referrerFirstName: { kind: 'draft', maxLength: 300 },
  researchNote: { kind: 'draft', maxLength: 2000 },
  meetingDate: { kind: 'draft', maxLength: 200 },
  meetingTime: { kind: 'draft', maxLength: 200 },
  meetingPlace: { kind: 'draft', maxLength: 500 },
  takeaway: { kind: 'draft', maxLength: 2000 },
  nextStep: { kind: 'draft', maxLength: 2000 },
};

export function blankHome(name: VariableName): BlankHome {
  return HOMES[name];
}

/** The settings patch that stores a blank kept in settings (trimmed: drafts trim values too). */
export function settingsPatchFor(home: BlankHome & { kind: 'settings' }, value: string): SettingsPatch {
  return { me: { [home.field]: value.trim() } };
}

export function contactPatchFor(home: BlankHome & { kind: 'contact' }, value: string): z.input<typeof ContactPatch> {
  return { [home.field]: value.trim() };
}

/** The known variables a template's body and subject use that have no value yet, in order of use. */
export function blanksOf(template: { body: string; subject?: string | undefined }, values: VariableValues): VariableName[] {
  const used = findVariables(`${template.subject ?? ''}\n${template.body}`).filter(isVariableName);
  return used.filter((name) => !values[name]?.trim());
}

/** Whether a template can take a research finding. */
export function usesResearchNote(template: { body: string; subject?: string | undefined }): boolean {
  return findVariables(`${template.subject ?? ''}\n${template.body}`).includes('researchNote');
}

/**
 * A contact's notes as findings to pick from: one per line (a paragraph or a list item), so
 * one click takes one finding. List markers go; a finding reads as the end of a sentence.
 */
export function findingsIn(notes: string): string[] {
  return notes
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/[.;:]+$/, ''));
}
