import { browser } from 'wxt/browser';
import type { CaptureWarning, Profile } from '@/lib/capture/profile';
import type { SaveOutcome } from '@/lib/db/contacts';
import type { CoffeeChatDB } from '@/lib/db/database';
import { UserFacingError } from '@/lib/messaging/errors';
import { ReaderResult, type BackgroundRequests, type BackgroundResponses, type CapturePatch } from '@/lib/messaging/protocol';
import type { Handlers } from '@/lib/messaging/router';
import type { z } from 'zod';
import { forgetTab, grantEdit, mayEdit, topFrameTab } from '@/lib/page-capture/edit-grant';
import { reviewOf } from '@/lib/page-capture/review';

/** Built by WXT from entrypoints/profile-reader.ts. */
const READER_FILE = '/profile-reader.js';

/**
 * The reader runs only when a capture does: the background injects it into the tab's top
 * frame and gets readProfile's result back as the script's value. (A dynamic import() from
 * the content script would need the chunk in web_accessible_resources, which would also let
 * LinkedIn's page load it and learn the extension id.)
 */
export async function injectReader(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READER_FILE] });
  return frame?.result;
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
}): PageHandlers {
  const { db, store, edit, readTab = injectReader } = deps;
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
      if (!parsed.success) throw new UserFacingError(UNREADABLE);
      if (!parsed.data.ok) throw new UserFacingError(parsed.data.message);
      const { profile, warnings } = parsed.data;
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
