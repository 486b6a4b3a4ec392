import { browser } from 'wxt/browser';
import { mountBoard } from '../../board/mount';
import { FRICTION_GLOBAL, OpenClusterMessage, type FrictionPoint } from '../../lib/model';

// The triage board. In the extension it works offline on batch files imported into the extension's
// IndexedDB and can draw the friction map on a form's live page; the backlog service serves the same page
// at /board, where it works on the triage API.
const inExtension = location.protocol === 'chrome-extension:';

/** Open the page in a tab, wait for it to load, inject the friction map script and draw the points. */
async function showOnPage(url: string, points: FrictionPoint[]): Promise<number> {
  // Asked first, inside the click: a permission may only be requested in answer to a person's action.
  if (!(await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }).catch(() => false))) return 0;
  const tab = await browser.tabs.create({ url, active: true });
  await new Promise<void>((resolve) => {
    const listener = (tabId: number, change: { status?: string }) => {
      if (tabId !== tab.id || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
  const target = { tabId: tab.id! };
  await browser.scripting.executeScript({ target, files: ['/friction-map.js'] });
  const [result] = await browser.scripting.executeScript({
    target,
    func: (name: string, data: unknown) => (globalThis as unknown as Record<string, (points: unknown) => number>)[name]!(data),
    args: [FRICTION_GLOBAL, points],
  });
  return typeof result?.result === 'number' ? result.result : 0;
}

const board = mountBoard(document.getElementById('board')!, inExtension ? 'files' : 'backlog', inExtension ? { showOnPage } : {});

if (inExtension) {
  // A marker on a page was clicked: show its cluster here and bring the board to the front.
  browser.runtime.onMessage.addListener((message, sender) => {
    const parsed = OpenClusterMessage.safeParse(message);
    if (!parsed.success || sender.id !== browser.runtime.id) return false;
    board.openCluster(parsed.data.clusterId);
    void browser.tabs.getCurrent().then((self) => {
      if (self?.id !== undefined) void browser.tabs.update(self.id, { active: true });
    });
    return false;
  });
}
