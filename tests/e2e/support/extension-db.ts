import type { BrowserContext } from 'playwright-core';

type Operation = { kind: 'read' } | { kind: 'clear' } | { kind: 'put'; record: unknown };

/**
 * Run one operation on an object store of the extension's own IndexedDB, from inside its service
 * worker: what a test sees here is exactly what the extension stored on the device. A database the
 * extension has not created yet is left alone (opening it here would create it empty, at version 1,
 * and the extension's migrations would then skip creating its stores).
 */
async function inExtensionStore(context: BrowserContext, storeName: string, operation: Operation): Promise<unknown[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    ({ name, operation }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('mitgestalten');
        let missing = false;
        request.onupgradeneeded = () => {
          missing = true;
          request.transaction!.abort();
        };
        request.onerror = () => (missing ? resolve([]) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            if (operation.kind === 'put') reject(new Error(`The extension has no store "${name}" yet`));
            else resolve([]);
            return;
          }
          const transaction = db.transaction(name, operation.kind === 'read' ? 'readonly' : 'readwrite');
          const store = transaction.objectStore(name);
          let result: unknown[] = [];
          if (operation.kind === 'read') {
            const all = store.getAll();
            all.onsuccess = () => (result = all.result);
          } else if (operation.kind === 'clear') {
            store.clear();
          } else {
            store.put(operation.record);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { name: storeName, operation },
  );
}

/** Every record of an object store in the extension's IndexedDB. */
export function readExtensionStore(context: BrowserContext, storeName: string): Promise<unknown[]> {
  return inExtensionStore(context, storeName, { kind: 'read' });
}

/** Empty one object store of the extension's IndexedDB, so that tests sharing a browser start alike. */
export async function clearExtensionStore(context: BrowserContext, storeName: string): Promise<void> {
  await inExtensionStore(context, storeName, { kind: 'clear' });
}

/** Write one record into the extension's IndexedDB, as the extension would after sending, say. */
export async function putExtensionRecord(context: BrowserContext, storeName: string, record: unknown): Promise<void> {
  await inExtensionStore(context, storeName, { kind: 'put', record });
}
