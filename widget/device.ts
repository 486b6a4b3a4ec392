import './no-eval';
import { describePage } from '../lib/compose/describe-page';
import { composeDevice, type DeviceService } from '../lib/device';
import type { Messages } from '../lib/i18n';
import type { Language } from '../lib/model';
import { sendLock } from '../lib/outbox';
import { openLocalStore } from '../lib/store';
import type { BootInfo } from '../overlay/boot';
import { readBootInfo, type BootQuestion } from '../overlay/boot-info';
import type { WidgetEvents, WidgetOptions } from './options';

/** Stamped on every batch the widget builds (the package's version, set by the build). */
declare const __WIDGET_VERSION__: string;

/** The widget's device: this origin's IndexedDB, sending from one tab at a time, telling the site what happened. */
export interface WidgetDevice {
  service: Promise<DeviceService>;
  boot(question: Omit<BootQuestion, 'page'>, catalogue: (language: Language) => Promise<Messages>): Promise<BootInfo>;
  /** Send what is due now (the browser is back online). */
  retryDue(): Promise<void>;
  stop(): void;
}

/**
 * The same composition as the extension's background (lib/device), in the page: the store is this origin's
 * IndexedDB, and several tabs may send, so a batch another tab has in flight waits for its claim
 * (`soleSender: false`) and one tab sends at a time (Web Locks).
 */
export function openWidgetDevice(doc: Document, options: WidgetOptions, emit: <K extends keyof WidgetEvents>(name: K, detail: WidgetEvents[K]) => void): WidgetDevice {
  const composed = composeDevice({
    openStore: () => openLocalStore(),
    readBacklog: async () => (options.endpoint ? { endpoint: options.endpoint } : undefined),
    source: { kind: 'widget', version: __WIDGET_VERSION__, site: doc.location.origin },
    soleSender: false,
    exclusive: sendLock('mitgestalten-send'),
  });
  // Opening the store starts the outbox, which sends what is due: on every page view where something waits.
  const service = composed.device().then(
    (inner): DeviceService => ({
      ...inner,
      async save(suggestion) {
        const saved = await inner.save(suggestion);
        emit('saved', { suggestionId: suggestion.id });
        return saved;
      },
      async send(selection, onProgress) {
        const summary = await inner.send(selection, onProgress);
        emit('sent', { sent: summary.sent, notSent: summary.notSent });
        return summary;
      },
    }),
  );
  return {
    service,
    boot: async (question, catalogue) => readBootInfo(await service, { ...question, page: describePage(doc, options.service) }, catalogue),
    retryDue: () => composed.retryDue(),
    stop: () => composed.stop(),
  };
}
