import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readInjected } from '@/lib/capture/injected-reader';
import { readPublic } from '@/lib/capture/read-public';

/**
 * The reader for LinkedIn's signed-out public profile page, injected instead of profile-reader.js
 * when the page is one (the background checks first), so neither capture loads both readers.
 */
export default defineUnlistedScript(() => readInjected({ public: readPublic }));
