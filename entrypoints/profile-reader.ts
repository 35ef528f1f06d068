import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readProfile } from '@/lib/capture/read-profile';

/**
 * The LinkedIn reader, kept out of the content script that runs on every LinkedIn page: the
 * background injects this file (scripting.executeScript) only when a capture runs, into the
 * extension's isolated world. Its value is the script's result, so WXT's IIFE footer hands
 * readProfile's CaptureResult back to executeScript; the background parses it.
 *
 * Here the page is laid out, so the browser's own visibility test joins the static rules: it
 * sees text hidden by LinkedIn's hashed stylesheets, which no attribute reveals.
 */
export default defineUnlistedScript(() =>
  readProfile(document, location.href, Date.now(), {
    checkVisibility: (el) =>
      typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true }),
  }),
);
