import type { Page } from 'playwright-core';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/** Wait until `condition` holds (checked every 20 ms), or fail after `timeoutMs`. */
async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (const start = Date.now(); !condition(); ) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Stop the extension's service worker as the browser does when it is idle (DevTools protocol,
 * `ServiceWorker.stopWorker`), from one of the extension's own pages, and wait until it has stopped.
 * Anything that needs the extension afterwards starts it again.
 */
export async function stopExtensionWorker(extensionPage: Page, extensionId: string): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const versions: WorkerVersion[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }: { versions: WorkerVersion[] }) => versions.push(...updated));
  await cdp.send('ServiceWorker.enable');
  const ours = (status: string) => versions.find((version) => version.scriptURL.includes(extensionId) && version.runningStatus === status);
  await until(() => ours('running') !== undefined, 'the worker runs');
  const { versionId } = ours('running')!;
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  // Something may start it again at once; that it stopped at all is what counts.
  await until(() => versions.some((version) => version.versionId === versionId && version.runningStatus === 'stopped'), 'the worker stopped');
  await cdp.detach();
}
