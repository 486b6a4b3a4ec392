import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the toolbar popup is about: the active tab of its window. Opened as a page of its own instead (a
 * keyboard user who keeps it in a tab), it is about the tab the person was in last.
 */
export async function tabOfPopup(): Promise<Browser.tabs.Tab | undefined> {
  const own = await browser.tabs.getCurrent();
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== own.id && !tab.url?.startsWith(location.origin));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
