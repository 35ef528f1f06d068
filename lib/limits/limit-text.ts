import type { z } from 'zod';

const n = (value: number) => value.toLocaleString('en-US');

/** "Notes can hold up to 100,000 characters — this is 200,000." */
export function tooLongText(label: string, limit: number, length: number): string {
  return `${label} can hold up to ${n(limit)} characters — this is ${n(length)}.`;
}

/** The refusal for `text`, or null when it fits. */
export function overLimit(label: string, limit: number, text: string): string | null {
  return text.length > limit ? tooLongText(label, limit, text.length) : null;
}

/**
 * What each stored text is called, by the end of its path in a request (`patch.notes`,
 * `interview.log.notes`): the longest matching suffix wins.
 */
const LABELS: Record<string, string> = {
  notes: 'Notes',
  'log.notes': 'Interview notes',
  answers: 'Each answer',
  takeaways: 'Each takeaway',
  nextSteps: 'Each next step',
  reflection: 'Each reflection',
  goals: '“What I hope to learn”',
  customQuestions: 'Each question',
  researchQuestions: 'Each question',
  body: 'The template text',
  subject: 'The subject',
  name: 'The name',
  fullName: 'The name',
  headline: 'The headline',
  currentTitle: 'The title',
  currentCompany: 'The company',
  location: 'The location',
  email: 'The email address',
  source: '“How you found them”',
  place: 'The place',
  note: 'Each note',
};

function labelFor(path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  for (let i = 0; i < names.length; i += 1) {
    const label = LABELS[names.slice(i).join('.')];
    if (label) return label;
  }
  return 'This text';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

/**
 * A "too long" refusal in plain words, for a request the user's own typing made too big; null
 * for any other problem. zod's issues do not carry the input, so the length is read from `data`.
 */
export function tooLongIssueText(issue: z.core.$ZodIssue, data: unknown): string | null {
  if (issue.code !== 'too_big' || issue.origin !== 'string') return null;
  const value = valueAt(data, issue.path);
  const length = typeof value === 'string' ? value.length : Number(issue.maximum) + 1;
  return tooLongText(labelFor(issue.path), Number(issue.maximum), length);
}
