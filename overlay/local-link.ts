import type { AgentEnd, PanelsEnd, ToPage, ToPanels } from './link';

/**
 * Both ends of the link (overlay/link.ts) in one document (the widget): messages are delivered after the
 * current task and as copies, as a port would deliver them, so neither half holds the other's objects. They
 * are not parsed: both halves are the same code in the same document, with no page or other origin between
 * them, and parsing would make every schema and zod part of the widget's first panel. The extension parses
 * what comes over its ports (extension/link-port.ts), where a message does cross an origin.
 */
export function createLocalLink(): { agent: AgentEnd; panels: PanelsEnd } {
  const toPanels = new Set<(message: ToPanels) => void>();
  const toPage = new Set<(message: ToPage) => void>();
  const deliver = <T>(handlers: Set<(message: T) => void>, message: T) => {
    const copy = structuredClone(message);
    queueMicrotask(() => handlers.forEach((handler) => handler(copy)));
  };
  return {
    agent: {
      send: (message) => deliver(toPanels, message),
      listen(handler) {
        toPage.add(handler);
        return () => toPage.delete(handler);
      },
    },
    panels: {
      send: (message) => deliver(toPage, message),
      listen(handler) {
        toPanels.add(handler);
        return () => toPanels.delete(handler);
      },
    },
  };
}
