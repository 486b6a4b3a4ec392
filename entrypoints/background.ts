import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createStoreHandler } from '../lib/messaging';
import { openLocalStore, type LocalStore } from '../lib/store';

// The background owns the suggestions: they live in the extension's own IndexedDB, out of reach of
// the pages they were written on. Content scripts reach them only through the typed store calls.
export default defineBackground(() => {
  let opened: Promise<LocalStore> | undefined;
  const store = () => (opened ??= openLocalStore().catch((error) => {
    opened = undefined; // try again on the next call, e.g. after another tab closed
    throw error;
  }));
  const handle = createStoreHandler(store);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    void handle(message).then(sendResponse);
    return true; // answer asynchronously
  });
});
