import { browser } from 'wxt/browser';
import { mountBoard, type MountOptions } from '../../board/mount';
import { readBacklogConfig } from '../../extension/backlog-config';
import { FRICTION_GLOBAL, OpenClusterMessage, type FrictionPoint } from '../../lib/model';

// The triage board. In the extension it works offline on batch files imported into the extension's
// IndexedDB, or (triage.html?source=backlog) on the triage API of the backlog the extension sends to, and
// draws the friction map on a form's live page from either; the backlog service serves the same page at
// /board, where it works on its own triage API.
const inExtension = location.protocol === 'chrome-extension:';

/** Ask for access to an origin; a permission may only be requested in answer to a person's action. */
const allowOrigin = (url: string) => browser.permissions.request({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);

/** Open the page in a tab, wait for it to load, inject the friction map script and draw the points. */
async function showOnPage(url: string, points: FrictionPoint[]): Promise<number> {
  // Asked first, inside the click.
  if (!(await allowOrigin(url))) return 0;
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

/** In the extension: the board on files, or on the configured backlog when asked for and there is one. */
async function extensionBoard(): Promise<{ kind: 'files' | 'backlog'; options: MountOptions }> {
  const endpoint = (await readBacklogConfig().catch(() => undefined))?.endpoint;
  if (!endpoint) return { kind: 'files', options: { showOnPage } };
  const onBacklog = new URLSearchParams(location.search).get('source') === 'backlog';
  return {
    kind: onBacklog ? 'backlog' : 'files',
    options: { showOnPage, backlog: { base: endpoint, allow: () => allowOrigin(endpoint) }, otherSource: onBacklog ? 'triage.html' : 'triage.html?source=backlog' },
  };
}

const { kind, options } = inExtension ? await extensionBoard() : { kind: 'backlog' as const, options: {} };
const board = mountBoard(document.getElementById('board')!, kind, options);

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
