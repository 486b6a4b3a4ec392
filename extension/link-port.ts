import type { Browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { LinkEnd } from '../overlay/link';

/**
 * One end of the overlay's link (overlay/link.ts) over an extension port. What arrives is parsed with its
 * schema before anything acts on it; anything else is dropped, and said so in the console.
 */
export function linkOverPort<Out, In>(port: Browser.runtime.Port, incoming: z.ZodMiniType<In>): LinkEnd<Out, In> {
  return {
    send: (message) => port.postMessage(message),
    listen(handler) {
      const onMessage = (raw: unknown) => {
        const parsed = incoming.safeParse(raw);
        if (parsed.success) handler(parsed.data);
        // Never acted on, but never silently: a message our own other half sent and this half refuses is a bug.
        else console.error('Mitgestalten: message refused', parsed.error.issues.slice(0, 3));
      };
      port.onMessage.addListener(onMessage);
      return () => port.onMessage.removeListener(onMessage);
    },
  };
}
