import { browser } from 'wxt/browser';

/**
 * The toolbar popup's "annotate this page". The page's boot leaves its `open` under this name in the extension's
 * own world of the page (which the page cannot see), and the popup calls it there through the scripting API.
 * A message listener on every page view would do the same for about a tenth of a millisecond more of each page
 * load, to serve a button that is pressed now and then.
 */
export const OPEN_OVERLAY_GLOBAL = '__mitgestaltenOpen';

/** Open the overlay's menu in the top frame of `tabId`; the page's boot must have run there. */
export async function openOverlayIn(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page, in the extension's world: it sees what the page's boot left there, nothing of this popup.
    func: (name: string) => void (globalThis as unknown as Record<string, (() => void) | undefined>)[name]?.(),
    args: [OPEN_OVERLAY_GLOBAL],
  });
}
