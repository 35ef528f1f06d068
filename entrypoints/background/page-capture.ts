import { browser } from 'wxt/browser';
import { captureResult } from '@/lib/capture/capture-result';
import { isPublicPage } from '@/lib/capture/page-kind';
import type { CaptureWarning, Profile } from '@/lib/capture/profile';
import type { ReaderKind } from '@/lib/capture/read-page';
import type { SaveOutcome } from '@/lib/db/contacts';
import type { CoffeeChatDB } from '@/lib/db/database';
import { UserFacingError } from '@/lib/messaging/errors';
import { BackgroundRequests, ReaderResult, type BackgroundResponses, type CapturePatch } from '@/lib/messaging/protocol';
import type { Handlers } from '@/lib/messaging/router';
import type { z } from 'zod';
import { forgetTab, grantEdit, mayEdit, topFrameTab } from '@/lib/page-capture/edit-grant';
import { reviewOf } from '@/lib/page-capture/review';

/** Built by WXT from entrypoints/profile-reader.ts and entrypoints/public-reader.ts. */
const READER_FILES = { signedIn: '/profile-reader.js', public: '/public-reader.js' } as const satisfies Record<ReaderKind, string>;

/**
 * The reader runs only when a capture does: the background injects it into the tab's top
 * frame and gets the page's raw reading back as the script's value. (A dynamic import() from
 * the content script would need the chunk in web_accessible_resources, which would also let
 * LinkedIn's page load it and learn the extension id.) It comes in two files so a capture loads
 * only the one its page needs: a one-line probe picks it, and a page that turns out to need the
 * other one too (no name found by the first) says so and gets it.
 */
export async function injectReader(tabId: number): Promise<unknown> {
  const target = { tabId, frameIds: [0] };
  const run = async (kind: ReaderKind) =>
    (await browser.scripting.executeScript({ target, files: [READER_FILES[kind]] }))[0]?.result;
  const [probe] = await browser.scripting.executeScript({ target, func: isPublicPage });
  const result = await run(probe?.result === true ? 'public' : 'signedIn');
  const missing = ReaderResult.safeParse(result);
  return missing.success && 'missing' in missing.data ? run(missing.data.missing) : result;
}

const UNREADABLE = 'Coffee Chat could not read this page. Reload it and save again.';

type PageHandlers = Pick<Handlers<typeof BackgroundRequests, BackgroundResponses>, 'captureTab' | 'editCapture'>;

export function pageCaptureHandlers(deps: {
  db: CoffeeChatDB;
  /** saveCapture plus what follows a save (timeline event, reminders), as one command. */
  store: (capture: { profile: Profile; warnings: CaptureWarning[] }, requestId: string | undefined) => Promise<SaveOutcome>;
  /** updateContact as one command. */
  edit: (contactId: string, patch: z.output<typeof CapturePatch>, requestId: string | undefined) => Promise<null>;
  readTab?: (tabId: number) => Promise<unknown>;
  clock?: () => number;
}): PageHandlers {
  const { db, store, edit, readTab = injectReader, clock = Date.now } = deps;
  return {
    async captureTab(_, { sender, requestId }) {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) throw new UserFacingError('Save from the LinkedIn profile page itself.');
      let raw: unknown;
      try {
        raw = await readTab(tabId);
      } catch {
        throw new UserFacingError(UNREADABLE);
      }
      const parsed = ReaderResult.safeParse(raw);
      if (!parsed.success || 'missing' in parsed.data) throw new UserFacingError(UNREADABLE);
      const result = captureResult(parsed.data, clock());
      if (!result.ok) throw new UserFacingError(result.message);
      // Built here from parsed parts, and parsed once more as the Profile every save stores.
      const capture = BackgroundRequests.saveCapture.safeParse({ profile: result.profile, warnings: result.warnings });
      if (!capture.success) throw new UserFacingError(UNREADABLE);
      const { profile, warnings } = capture.data;
      const outcome = await store({ profile, warnings }, requestId);
      await grantEdit(sender, outcome.contact.id);
      return {
        status: outcome.status,
        contactId: outcome.contact.id,
        fullName: outcome.contact.fullName,
        warnings,
        jobChanged: outcome.jobChanged,
        review: reviewOf(outcome.contact),
      };
    },
    async editCapture({ contactId, patch }, { sender, requestId }) {
      if (!(await mayEdit(sender, contactId))) {
        throw new UserFacingError('Save this profile again, then make your correction.');
      }
      await edit(contactId, patch, requestId);
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new UserFacingError('That contact no longer exists. It may have been deleted in another tab.');
      return { review: reviewOf(contact) };
    },
  };
}

/** A closed tab's review card is gone: so is its right to edit what it saved. */
export function forgetClosedTabs() {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
