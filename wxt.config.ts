import { defineConfig } from 'wxt';

/**
 * Names the chunks the pages share for what they hold (the bundler named the one shared chunk
 * after its first module, `labels-*.js`): `vendor~…` for the libraries (React, Dexie, zod,
 * date-fns), `shared~…` for our own code, each suffixed with the pages that load it. Grouped by
 * which pages use a module (entriesAware): the offscreen page of the weekly backup shares the
 * export code with the workspace only, and one chunk per group would have put it into the
 * popup (popup first load 180.7 → 152.7 KB gzip, offscreen page 180.2 → 97.6 KB).
 * Only the pages' build is split: the background, the page button and the reader are built as
 * single IIFE files, which cannot have chunks.
 */
const namedPageChunks = {
  name: 'coffee-chat:named-page-chunks',
  outputOptions<T extends { format?: string }>(output: T): T | null {
    if (output.format === 'iife' || output.format === 'umd') return null;
    return {
      ...output,
      codeSplitting: {
        groups: [
          { name: 'vendor', test: /[\\/]node_modules[\\/]/, minShareCount: 2, entriesAware: true },
          // Everything else both pages load: our lib/ and components/, WXT's page glue, the runtime.
          // Scripts only: a stylesheet two pages share (the popup's, also the side panel's) must
          // not ride along into a chunk the workspace loads too, or its `body { width: 380px }`
          // squeezes the workspace into a column.
          { name: 'shared', test: /\.[cm]?[jt]sx?$/, minShareCount: 2, entriesAware: true },
        ],
      },
    };
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [namedPageChunks] }),
  // `@/` points at the project root (WXT's default srcDir), so `@/lib/...` imports work everywhere.
  // Firefox gets MV3 too, so every browser runs the same code (browser.action, service-worker
  // style background); Firefox needs an add-on id for storage and signing.
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' ? { browser_specific_settings: {
            gecko: {
              id: 'coffee-chat@coffee-chat.app',
              // Nothing leaves the browser: no network, no analytics.
              data_collection_permissions: { required: ['none'] },
            },
          }, } : {}),
    name: 'Coffee Chat',
    description:
      'Plan informational interviews: save LinkedIn profiles you are looking at, draft outreach, and never miss a follow-up.',
    // storage: settings the content script must read (it cannot open the extension's IndexedDB).
    // alarms + notifications: follow-up reminders. contextMenus: "Save to Coffee Chat" on profiles.
    // scripting: the reader is injected into the LinkedIn tab only when a capture runs (host
    // access stays linkedin.com, so it can run nowhere else).
    // sidePanel: WXT adds it for Chrome by itself, from entrypoints/sidepanel (Firefox gets sidebar_action).
    // offscreen (Chrome only, no install warning): the weekly backup file is built in an
    // offscreen document, as the service worker cannot make a blob: URL (lib/backup/backup-download.ts).
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // downloads: only for the weekly automatic backup, asked for when the user turns it on in
    // the backup panel (off by default); the manual export needs no permission.
    optional_permissions: ['downloads'],
    // linkedin.com only: the content script runs there, and the popup may read the URL of a LinkedIn tab.
    host_permissions: ['https://*.linkedin.com/*'],
    // The always-on part (entrypoints/page-button): every LinkedIn page, not just /in/*, since
    // LinkedIn navigates without page loads, so a user who goes from the feed to a profile never
    // triggers a fresh injection. Declared here, not with defineContentScript: see its index.ts.
    content_scripts: [{ matches: ['https://*.linkedin.com/*'], run_at: 'document_idle', js: ['page-button.js'] }],
    commands: {
      'save-profile': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the LinkedIn profile in this tab to Coffee Chat',
      },
    },
  }),
});
