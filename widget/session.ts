import type { Messages } from '../lib/i18n';
import type { Language } from '../lib/model';
import type { BootInfo, Handover, MountedOverlay } from '../overlay/boot';
import { bootInfoOf, firstBootInfo } from '../overlay/boot-info';
import type { WidgetDevice } from './device';
import { deviceWhenReady } from './device-when-ready';
import type { WidgetEvents, WidgetOptions } from './options';

/** What the widget loads later, each a chunk of its own (widget/parts.ts). */
export interface LazyParts {
  device(): Promise<typeof import('./device')>;
  /** What a returning visitor's boot reads from the store without the device. */
  returningBoot(): Promise<typeof import('./returning-boot')>;
  ui(): Promise<typeof import('./ui')>;
  catalogue(language: Language): Promise<Messages>;
}

export type Emit = <K extends keyof WidgetEvents>(name: K, detail: WidgetEvents[K]) => void;

/** One run of the widget on a page, as the boot (overlay/boot.ts) needs it. */
export interface WidgetSession {
  start(): Promise<BootInfo>;
  loadOverlay(): Promise<(handover: Handover) => Promise<MountedOverlay>>;
  /** Send what is due (the browser is back online); nothing when the device was never needed. */
  retryDue(): void;
  stop(): void;
}

/** The name of the IndexedDB database lib/store keeps (DEFAULT_DB_NAME), checked without loading the store. */
const STORE_NAME = 'mitgestalten';

/** Whether this origin has a store yet. Without one there is nothing to ask, and the device loads on first use. */
async function hasStore(): Promise<boolean> {
  const databases = indexedDB.databases ? await indexedDB.databases().catch(() => undefined) : undefined;
  return databases === undefined || databases.some((database) => database.name === STORE_NAME);
}

/**
 * The device and the panels of one widget run, each loaded when first needed. A first visit asks nothing
 * at boot: the store, and with it zod and the outbox, load on first use. A returning visitor's boot reads the
 * store directly (language, launcher corner, this page's suggestions, a draft); the device loads at once only
 * when a batch waits to be sent, else on first use.
 */
export function openSession(doc: Document, options: WidgetOptions, emit: Emit, parts: LazyParts): WidgetSession {
  let device: Promise<WidgetDevice> | undefined;
  const loadDevice = () => (device ??= parts.device().then((module) => module.openWidgetDevice(doc, options, emit)));
  const question = { browserLanguages: [...(doc.defaultView ?? window).navigator.languages], pageLanguage: options.lang ?? doc.documentElement.lang };
  return {
    async start() {
      if (!(await hasStore())) return firstBootInfo(question, parts.catalogue);
      const facts = await (await parts.returningBoot()).readPageBootFacts(doc, options.service);
      // A store of another version: the device migrates it and answers.
      if (!facts) return (await loadDevice()).boot(question, parts.catalogue);
      // A batch waits to be sent: the device loads beside the launcher, and its outbox sends it as on every page view.
      if (facts.waitingToSend) void loadDevice().catch(() => undefined);
      return bootInfoOf(facts, question, parts.catalogue);
    },
    async loadOverlay() {
      // The device loads beside the panels, not before them: the first panel shows without it.
      const service = loadDevice().then((loaded) => loaded.service);
      const ui = await parts.ui();
      return (handover) => ui.mountWidget(handover, deviceWhenReady(service), parts.catalogue, options);
    },
    retryDue: () => void device?.then((loaded) => loaded.retryDue()).catch(() => undefined),
    stop: () => void device?.then((loaded) => loaded.stop(), () => undefined),
  };
}
