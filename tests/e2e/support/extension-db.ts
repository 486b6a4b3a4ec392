import type { BrowserContext } from 'playwright-core';

/**
 * Read every record of an object store in the extension's own IndexedDB, from inside its service
 * worker: what a test sees here is exactly what the extension stored on the device.
 */
export async function readExtensionStore(context: BrowserContext, storeName: string): Promise<unknown[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('mitgestalten');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    storeName,
  );
}
