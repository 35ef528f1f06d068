/**
 * JSON in and out for backup files: parsing that cannot touch prototypes and says where a
 * file is broken, and output whose key order does not depend on how a record was built.
 */

/** Keys that could reach Object.prototype if later code copied them with assignment. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; truncated: boolean; line?: number; column?: number; detail: string };

export function parseJsonText(text: string): JsonParseResult {
  try {
    // JSON.parse makes "__proto__" an own property (no pollution yet), but a later spread or
    // Object.assign could still turn it into a prototype; dropping it here ends that risk.
    // The reviver runs once per value (seconds for a 10,000-contact backup), so it runs only
    // when the text could spell an unsafe key at all: every one contains its name, or a \u
    // escape when it is spelled with escapes. Any file that might is parsed the slow way.
    const mayHoldUnsafeKey = text.includes('\\u') || [...UNSAFE_KEYS].some((key) => text.includes(key));
    if (!mayHoldUnsafeKey) return { ok: true, value: JSON.parse(text) as unknown };
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = errorLocation(text, detail);
    const end = text.trimEnd().length;
    // V8 says "Unexpected end of JSON input" or points at the last character; Firefox says
    // "end of data". Either way the file stops before the JSON does: it was cut off.
    const truncated =
      /end of (JSON input|data)|unterminated string/i.test(detail) || (where?.offset !== undefined && where.offset >= end);
    return { ok: false, truncated, line: where?.line, column: where?.column, detail };
  }
}

/** Where JSON.parse says it failed, if it says: V8 gives "at position N", Firefox "line L column C". */
function errorLocation(text: string, message: string): { line: number; column: number; offset?: number } | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position?.[1]) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const lines = before.split(/\r\n|\r|\n/);
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset };
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn?.[1] && lineColumn[2]) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  return undefined;
}

/**
 * Object keys sorted at every depth (arrays keep their order), so the same data always gives
 * the same file: two exports diff cleanly and a round trip is byte-identical.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (UNSAFE_KEYS.has(key)) continue;
    out[key] = sortKeysDeep(value[key]);
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
