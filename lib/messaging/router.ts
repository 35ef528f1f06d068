import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { tooLongIssueText } from '@/lib/limits/limit-text';
import { friendlyIssue, issueText } from '@/lib/backup/issue-text';
import { UserFacingError } from './errors';
import { RequestId, type Reply } from '@/lib/messaging/protocol';

type Schemas = Record<string, z.ZodType>;
export type Handlers<S extends Schemas, R extends { [K in keyof S]: unknown }> = {
  [K in keyof S]: (data: z.output<S[K]>, context: RequestContext) => Promise<R[K]> | R[K];
};
export interface RequestContext {
  sender: Sender;
  /** Set on every request that writes: a retry carries the same id (see lib/db/command.ts). */
  requestId?: string;
}
export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
  /** 0 for a tab's top frame: the only frame the content script runs in. */
  frameId?: number;
  /** The document that sent it (Chrome 106+): a later page in the same tab is another one. */
  documentId?: string;
}

const Envelope = z.object({ type: z.string().max(64), data: z.unknown(), requestId: RequestId.optional() });

export interface RouterOptions {
  /** This extension's id: anyone else is ignored. */
  extensionId: string;
  /** The extension's own pages start with this (chrome-extension://<id>/, moz-extension://…). */
  pageOrigin: string;
  /**
   * What a content script may ask. It runs inside linkedin.com, so it is treated as possibly
   * compromised: it may save a capture, never read, export or delete the user's data.
   */
  contentScriptTypes: readonly string[];
  /** Requests that change nothing; every other one must carry a requestId. */
  readOnlyTypes: readonly string[];
}

/**
 * Turns a map of schemas and handlers into one onMessage function. Messages from anyone but
 * this extension, and content-script messages outside their allowance, are ignored
 * (undefined: no answer at all). Malformed payloads and handler failures come back as
 * `{ ok: false, error }` with a sentence the user can act on.
 */
export function createRouter<S extends Schemas, R extends { [K in keyof S]: unknown }>(
  options: RouterOptions,
  schemas: S,
  handlers: Handlers<S, R>,
) {
  return (raw: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== options.extensionId) return undefined;
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success || !Object.hasOwn(schemas, envelope.data.type)) return undefined;
    const type = envelope.data.type as keyof S & string;
    const fromPage = typeof sender.url === 'string' && sender.url.startsWith(options.pageOrigin);
    if (!fromPage && !options.contentScriptTypes.includes(type)) return undefined;
    const { requestId } = envelope.data;
    if (requestId === undefined && !options.readOnlyTypes.includes(type)) {
      return Promise.resolve({ ok: false, error: 'That request had no id, so it could not be made safe to retry. Nothing was changed — reload the page and try again.' });
    }
    // Plain-word messages ("is missing", "must be text"): the reply is shown to the user as it is.
    const parsed = schemas[type]!.safeParse(envelope.data.data, { error: friendlyIssue });
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: describeInvalid(type, parsed.error, envelope.data.data) });
    }
    return (async (): Promise<Reply<unknown>> => {
      try {
        const context: RequestContext = { sender, ...(requestId !== undefined && { requestId }) };
        return { ok: true, data: await handlers[type](parsed.data as z.output<S[typeof type]>, context) };
      } catch (error) {
        if (error instanceof UserFacingError) return { ok: false, error: error.message };
        console.error(`[coffee-chat] ${type} failed`, error);
        return { ok: false, error: 'Something went wrong while saving. Nothing was changed — try again.' };
      }
    })();
  };
}

function describeInvalid(type: string, error: z.ZodError, data: unknown): string {
  const first = error.issues[0];
  // Text the user typed that is too long: say so in their words ("Notes can hold up to …").
  const tooLong = first && type !== 'saveCapture' ? tooLongIssueText(first, data) : null;
  if (tooLong) return `${tooLong} Nothing was changed.`;
  const where = first ? ` (${issueText(first).replace(/[.\s]+$/, '')})` : '';
  if (type === 'saveCapture') {
    return `Coffee Chat could not read this profile properly${where}. Nothing was saved — reload the page and try again.`;
  }
  return `That request was not valid${where}. Nothing was changed.`;
}

/**
 * Registers a router as a runtime.onMessage listener. A message it does not take (undefined) gets
 * no answer from here, so the listener that does take it answers. sendResponse + `return true`
 * works in every browser; returning a Promise does not.
 */
export function listenWithRouter(route: ReturnType<typeof createRouter>) {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse?: (r: unknown) => void) => {
      const reply = route(message, sender);
      if (!reply) return undefined;
      if (!sendResponse) return reply;
      void reply.then(sendResponse);
      return true;
    },
  );
}
