import type { z } from 'zod';

/**
 * zod's default messages ("Invalid input: expected string, received undefined") are written
 * for developers. Backups and imports are read by people restoring their own data, so these
 * phrases say what is wrong in plain words. Passed as a per-parse error map, they yield to any
 * message a schema sets itself.
 */
export const friendlyIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (found ${describeValue(issue.input)})`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? `${issue.input.length.toLocaleString('en-US')} characters; ` : '';
        return `is too long (${length}at most ${issue.maximum.toLocaleString('en-US')})`;
      }
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum.toLocaleString('en-US')})`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} items`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_format':
      return formatPhrase(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.slice(0, 12).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.slice(0, 5).join(', ')}`;
    case 'invalid_union':
      return 'does not match any accepted form';
    case 'invalid_key':
    case 'invalid_element':
      return 'holds an entry that is not valid';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      // A refine without its own message: zod would say "Invalid input".
      return 'is not valid';
  }
};

/** ['experience', 0, 'title'] → "experience[0].title". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** "profileUrl must be a linkedin.com/in/ link", or the bare phrase when the record itself is wrong. */
export function issueText(issue: z.core.$ZodIssue): string {
  const field = formatPath(issue.path);
  if (!field) return issue.message;
  // A schema's own message is a sentence ("Unknown variable {{x}}…"): set it off from the field.
  return /^[A-Z]/.test(issue.message) ? `${field}: ${issue.message}` : `${field} ${issue.message}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function formatPhrase(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
  if (issue.format === 'starts_with' && typeof issue.prefix === 'string') {
    // "https://www.linkedin.com/in/" reads better as "a linkedin.com/in/ link".
    const link = /^https?:\/\/(?:www\.)?(.+)$/.exec(issue.prefix);
    return link ? `must be a ${link[1]} link` : `must start with "${issue.prefix}"`;
  }
  const phrases: Record<string, string> = {
    url: 'must be a web address (https://…)',
    email: 'must be an email address',
    datetime: 'must be a date and time like 2024-03-15T09:30:00.000Z',
    date: 'must be a date like 2024-03-15',
    uuid: 'must be an id like 3f2b…',
  };
  if (issue.format === 'regex') return 'has characters that are not allowed here';
  return phrases[issue.format] ?? `is not a valid ${issue.format}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}
