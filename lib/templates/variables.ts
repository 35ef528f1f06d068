import { z } from 'zod';
import { Template, channelHasSubject } from './template';

/**
 * Every `{{variable}}` a template may use, with where its value comes from and its label in plain
 * words (what a blank field under the draft is called). The phrasing notes
 * matter: defaults are written around them, so a value that follows them reads as a sentence.
 *
 * How the user found the person is `howWeMet` — one name only. It is filled from the contact's
 * `source` field (or the drafting context), but `{{source}}` is deliberately not an alias: two names
 * for one value would make templates harder to read and validation messages harder to trust.
 */
export const VARIABLES = [
  // From the contact (captured from LinkedIn).
  { name: 'firstName', label: 'Their first name', from: 'contact', hint: 'Their first name' },
  { name: 'fullName', label: 'Their full name', from: 'contact', hint: 'Their full name' },
  { name: 'company', label: 'Their company', from: 'contact', hint: 'Their current company' },
  { name: 'title', label: 'Their job title', from: 'contact', hint: 'Their current job title' },
  { name: 'school', label: 'The school you share', from: 'contact', hint: 'Their school (the one you share, if any)' },
  { name: 'headline', label: 'Their headline', from: 'contact', hint: 'Their LinkedIn headline' },
  { name: 'location', label: 'Where they are based', from: 'contact', hint: 'Where they are based' },
  // The user's own profile, from settings.
  { name: 'myName', label: 'Your name', from: 'me', hint: 'Your name' },
  { name: 'myBackground', label: 'Your background', from: 'me', hint: 'One line about you, to follow "I\'m <name>," — e.g. "a nurse of six years"' },
  { name: 'myInterest', label: 'What you are exploring', from: 'me', hint: 'What you are exploring — e.g. "a move into UX research"' },
  { name: 'mySchool', label: 'Your school', from: 'me', hint: 'Your school' },
  // This contact and this message.
  { name: 'howWeMet', label: 'How you found them', from: 'context', hint: 'How you found them, as a sentence — e.g. "Maria Lopez suggested I contact you"' },
  { name: 'referrerName', label: 'Who referred you', from: 'context', hint: 'Who referred you to them' },
  // A second mention reads as a person talking, not a form letter: "Maria thought…".
  { name: 'referrerFirstName', label: 'First name of who referred you', from: 'context', hint: 'The first name of who referred you' },
  { name: 'researchNote', label: 'What you read about their work', from: 'context', hint: 'Their work you read or saw — e.g. "article on onboarding metrics"' },
  { name: 'meetingDate', label: 'Meeting date', from: 'context', hint: 'Meeting date, as you would write it' },
  { name: 'meetingTime', label: 'Meeting time', from: 'context', hint: 'Meeting time, with time zone if it helps' },
  { name: 'meetingPlace', label: 'Meeting place or link', from: 'context', hint: 'A place, or the call link' },
  { name: 'takeaway', label: 'Something you learned', from: 'context', hint: 'Something specific you learned — e.g. "testing changes with five users first"' },
  { name: 'nextStep', label: 'What you agreed to do next', from: 'context', hint: 'What you agreed to do, to follow "I\'ll" — e.g. "read the book you recommended"' },
] as const;

export type VariableName = (typeof VARIABLES)[number]['name'];
export const VARIABLE_NAMES: readonly VariableName[] = VARIABLES.map((v) => v.name);

/** The values a draft is rendered with; a name left out (or blank) is "missing". */
export type VariableValues = Partial<Record<VariableName, string>>;

/** "How you found them" for howWeMet: what a person sees instead of the variable's name. */
export function variableLabel(name: string): string {
  return VARIABLES.find((v) => v.name === name)?.label ?? name;
}

export function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

/**
 * A well-formed placeholder: `{{name}}`, spaces inside the braces tolerated. Names are ASCII
 * identifiers so a typo such as `{{first name}}` is reported as malformed rather than guessed at.
 */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Names used in `text`, each once, in order of first use (known or not). */
export function findVariables(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "did you mean" for typos: a case slip, or at most two edits (a swap counts as one). */
export function suggestVariable(name: string): VariableName | undefined {
  const lower = name.toLowerCase();
  const sameLetters = VARIABLE_NAMES.find((known) => known.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: { name: VariableName; distance: number } | undefined;
  for (const known of VARIABLE_NAMES) {
    const distance = editDistance(lower, known.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: known, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: "frist" → "first" is one edit, as a person would see it. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = value;
    }
  }
  return at(a.length, b.length);
}

/** Problems with the placeholders in one piece of template text, as user-facing sentences. */
export function placeholderProblems(text: string): string[] {
  const problems: string[] = [];
  for (const name of findVariables(text)) {
    if (isVariableName(name)) continue;
    const guess = suggestVariable(name);
    problems.push(
      guess ? `Unknown variable {{${name}}} — did you mean {{${guess}}}?` : `Unknown variable {{${name}}}.`,
    );
  }
  // Blank out the well-formed placeholders; any braces left over are malformed.
  return [...problems, ...malformedBraces(text.replace(PLACEHOLDER, (whole) => ' '.repeat(whole.length)))];
}

/** Leftover `{{` / `}}` once the well-formed placeholders are gone, one message each. */
function malformedBraces(rest: string): string[] {
  const problems: string[] = [];
  let strayClosings = 0;
  let i = 0;
  while (i < rest.length) {
    const open = rest.indexOf('{{', i);
    const close = rest.indexOf('}}', i);
    if (open === -1 && close === -1) break;
    if (close !== -1 && (open === -1 || close < open)) {
      strayClosings += 1;
      i = close + 2;
      continue;
    }
    // Within one line and before the next "{{", a "}}" closes this one: the name inside is bad.
    const lineEnd = rest.indexOf('\n', open) === -1 ? rest.length : rest.indexOf('\n', open);
    const nextOpen = rest.indexOf('{{', open + 2) === -1 ? rest.length : rest.indexOf('{{', open + 2);
    const closing = rest.indexOf('}}', open + 2);
    if (closing !== -1 && closing < lineEnd && closing < nextOpen) {
      problems.push(`Malformed placeholder ${rest.slice(open, closing + 2)} — names are letters and digits only, like {{firstName}}.`);
      i = closing + 2;
    } else {
      const end = Math.min(lineEnd, nextOpen, open + 30);
      problems.push(`Unclosed placeholder "${rest.slice(open, end).trimEnd()}" — end it with }}.`);
      i = open + 2;
    }
  }
  if (strayClosings > 0) problems.push('Found "}}" without a matching "{{".');
  return problems;
}

/**
 * A Template whose placeholders are all known and well formed. Returns zod's own safeParse result,
 * so callers read `issues[].path` (`['body']`, `['subject']`, `['name']`) and `message`.
 */
export const CheckedTemplate = Template.superRefine((template, ctx) => {
  for (const message of placeholderProblems(template.body)) ctx.addIssue({ code: 'custom', path: ['body'], message });
  const subject = template.subject ?? '';
  if (subject.trim() !== '' && !channelHasSubject(template.channel)) {
    ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Only email and InMail have a subject line.' });
  }
  for (const message of placeholderProblems(subject)) ctx.addIssue({ code: 'custom', path: ['subject'], message });
});

export function validateTemplate(input: unknown): z.ZodSafeParseResult<Template> {
  return CheckedTemplate.safeParse(input);
}
