import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readInjected } from '@/lib/capture/injected-reader';
import { SIGNED_IN_READER } from '@/lib/capture/read-signed-in';

/**
 * The reader for signed-in LinkedIn pages, kept out of the content script that runs on every
 * LinkedIn page: the background injects this file (scripting.executeScript) only when a capture
 * runs, into the extension's isolated world. Its value is the script's result (WXT's IIFE footer
 * hands it to executeScript): the page's raw reading, which the background parses and turns
 * into a Profile.
 */
export default defineUnlistedScript(() => readInjected({ signedIn: SIGNED_IN_READER }));
