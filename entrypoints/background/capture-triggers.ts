import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messaging/send';

const MENU_ID = 'save-profile';

/**
 * Saving without the in-page button: a keyboard shortcut and a context-menu item on profile
 * pages. Both ask the tab's content script to capture, so feedback appears on the page as
 * it does for the button.
 */
export function setUpCaptureTriggers() {
  browser.runtime.onInstalled.addListener(() => {
    // onInstalled also fires on update; removeAll first so the item is never created twice.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Save to Coffee Chat',
        contexts: ['page', 'link', 'image', 'selection'],
        documentUrlPatterns: ['https://*.linkedin.com/in/*'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, 'captureNow', {});
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-profile') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id !== undefined) void sendToTab(target.id, 'captureNow', {});
  });
}
