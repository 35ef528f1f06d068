import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
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
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus'],
    // linkedin.com only: the content script runs there, and the popup may read the URL of a LinkedIn tab.
    host_permissions: ['https://*.linkedin.com/*'],
    commands: {
      'save-profile': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the LinkedIn profile in this tab to Coffee Chat',
      },
    },
  }),
});
