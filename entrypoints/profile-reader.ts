import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readProfile } from '@/lib/capture/read-profile';

/**
 * The LinkedIn reader, kept out of the content script that runs on every LinkedIn page: the
 * background injects this file (scripting.executeScript) only when a capture runs, into the
 * extension's isolated world. Its value is the script's result, so WXT's IIFE footer hands
 * readProfile's CaptureResult back to executeScript; the background parses it.
 */
export default defineUnlistedScript(() => readProfile(document, location.href));
