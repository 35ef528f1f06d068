import { z } from 'zod';
import type { Reply } from '@/lib/messages';

type Schemas = Record<string, z.ZodType>;
export type Handlers<S extends Schemas, R extends { [K in keyof S]: unknown }> = {
  [K in keyof S]: (data: z.output<S[K]>, sender: Sender) => Promise<R[K]> | R[K];
};
export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

const Envelope = z.object({ type: z.string().max(64), data: z.unknown() });

/**
 * Turns a map of schemas and handlers into one onMessage function. Messages from anyone but
 * this extension are ignored (undefined: no answer at all). Malformed payloads and handler
 * failures come back as `{ ok: false, error }` with a sentence the user can act on.
 */
export function createRouter<S extends Schemas, R extends { [K in keyof S]: unknown }>(
  extensionId: string,
  schemas: S,
  handlers: Handlers<S, R>,
) {
  return (raw: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== extensionId) return undefined;
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success || !Object.hasOwn(schemas, envelope.data.type)) return undefined;
    const type = envelope.data.type as keyof S & string;
    const parsed = schemas[type]!.safeParse(envelope.data.data);
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: describeInvalid(type, parsed.error) });
    }
    return (async (): Promise<Reply<unknown>> => {
      try {
        return { ok: true, data: await handlers[type](parsed.data as z.output<S[typeof type]>, sender) };
      } catch (error) {
        if (error instanceof UserFacingError) return { ok: false, error: error.message };
        console.error(`[coffee-chat] ${type} failed`, error);
        return { ok: false, error: 'Something went wrong while saving. Nothing was changed — try again.' };
      }
    })();
  };
}

/** A failure whose message is written for the user. */
export class UserFacingError extends Error {}

function describeInvalid(type: string, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first?.path.length ? ` (${first.path.join('.')}: ${first.message})` : '';
  if (type === 'saveCapture') {
    return `Coffee Chat could not read this profile properly${where}. Nothing was saved — reload the page and try again.`;
  }
  return `That request was not valid${where}. Nothing was changed.`;
}
