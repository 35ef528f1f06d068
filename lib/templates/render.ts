import type { Contact } from '@/lib/contacts/contact';
import { PLACEHOLDER, type VariableName, type VariableValues } from './variables';

export type Segment = { type: 'text'; text: string } | { type: 'var'; name: string; value?: string };

export interface Rendered {
  text: string;
  /** Placeholders with no value, each once, in order of first use. */
  missing: string[];
  segments: Segment[];
}

/**
 * What an unfilled placeholder becomes in a draft. Square brackets read as "fill this in" to
 * anyone, and differ from template syntax, so a draft is never mistaken for a template.
 */
export function missingMarker(name: string): string {
  return `[${name}]`;
}

/**
 * Fills `{{name}}` placeholders in ONE pass. Values are inserted as plain text and never scanned
 * again, so a LinkedIn headline containing "{{myName}}" or "<img …>" stays exactly that text.
 */
export function renderTemplate(text: string, values: Readonly<Record<string, string | undefined>>): Rendered {
  const segments: Segment[] = [];
  const missing: string[] = [];
  let out = '';
  let last = 0;
  const pushText = (piece: string) => {
    if (piece === '') return;
    const previous = segments.at(-1);
    if (previous?.type === 'text') previous.text += piece;
    else segments.push({ type: 'text', text: piece });
    out += piece;
  };
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    pushText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const value = valueOf(values, name);
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name);
      segments.push({ type: 'var', name });
      out += missingMarker(name);
    } else {
      segments.push({ type: 'var', name, value });
      out += value;
    }
  }
  pushText(text.slice(last));
  return { text: out, missing, segments };
}

/** Own, non-blank string values only: `{{constructor}}` must not find Object.prototype's. */
function valueOf(values: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  if (!Object.hasOwn(values, name)) return undefined;
  const value = values[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Placeholders from `missing` whose marker is still in the (possibly edited) draft. */
export function unfilledIn(text: string, missing: readonly string[]): string[] {
  return missing.filter((name) => text.includes(missingMarker(name)));
}

/** The contact fields drafting reads; a stored Contact or a fresh capture both fit. */
export type ContactLike = Partial<
  Pick<Contact, 'fullName' | 'firstName' | 'headline' | 'location' | 'currentTitle' | 'currentCompany' | 'source'>
> & { education?: ReadonlyArray<{ school?: string }> };

export interface MyProfileLike {
  myName?: string;
  myBackground?: string;
  myInterest?: string;
  mySchool?: string;
}

/** Per-message facts the caller already knows, formatted for display (dates in the user's locale). */
export interface DraftContext {
  /** Overrides the contact's `source`. */
  howWeMet?: string;
  referrerName?: string;
  referrerFirstName?: string;
  researchNote?: string;
  meetingDate?: string;
  meetingTime?: string;
  meetingPlace?: string;
  takeaway?: string;
  nextStep?: string;
}

// Titles LinkedIn users put before their name; "Dr. Priya Shah" should be greeted as Priya.
const HONORIFICS = /^(dr|prof|mr|mrs|ms|mx|sir|dame|herr|frau|mme|mlle|sr|sra|srta)\.?$/i;

export function firstNameOf(contact: ContactLike): string | undefined {
  if (contact.firstName?.trim()) return contact.firstName.trim();
  const words = (contact.fullName ?? '').trim().split(/\s+/).filter(Boolean);
  return words.find((word) => !HONORIFICS.test(word));
}

/**
 * The school both went to, and only that: the alumni ask says "fellow alum", so naming a school
 * the user never attended would put a false claim in their mouth. No shared school → unfilled,
 * and the draft asks the user to fill it in.
 */
function schoolOf(contact: ContactLike, mySchool: string | undefined): string | undefined {
  const mine = mySchool?.trim().toLowerCase();
  if (!mine) return undefined;
  const schools = (contact.education ?? []).map((e) => e.school?.trim()).filter((s): s is string => !!s);
  return schools.find((s) => s.toLowerCase().includes(mine) || mine.includes(s.toLowerCase()));
}

export function buildVariableValues(input: {
  contact?: ContactLike;
  me?: MyProfileLike;
  context?: DraftContext;
}): VariableValues {
  const contact = input.contact ?? {};
  const me = input.me ?? {};
  const context = input.context ?? {};
  const all: Record<VariableName, string | undefined> = {
    firstName: firstNameOf(contact),
    fullName: contact.fullName,
    company: contact.currentCompany,
    title: contact.currentTitle,
    school: schoolOf(contact, me.mySchool),
    headline: contact.headline,
    location: contact.location,
    myName: me.myName,
    myBackground: me.myBackground,
    myInterest: me.myInterest,
    mySchool: me.mySchool,
    howWeMet: context.howWeMet?.trim() ? context.howWeMet : contact.source,
    referrerName: context.referrerName,
    referrerFirstName: context.referrerFirstName,
    researchNote: context.researchNote,
    meetingDate: context.meetingDate,
    meetingTime: context.meetingTime,
    meetingPlace: context.meetingPlace,
    takeaway: context.takeaway,
    nextStep: context.nextStep,
  };
  const values: VariableValues = {};
  for (const [name, value] of Object.entries(all) as Array<[VariableName, string | undefined]>) {
    if (value?.trim()) values[name] = value.trim();
  }
  return values;
}
