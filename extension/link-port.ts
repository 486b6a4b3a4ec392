import type { Browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { AgentEnd, LinkEnd, ToPage, ToPanels } from '../overlay/link';

/** One end of the overlay's link (overlay/link.ts) over an extension port; `accept` says what arriving message to act on. */
function portLink<Out, In>(port: Browser.runtime.Port, accept: (raw: unknown) => In | undefined): LinkEnd<Out, In> {
  return {
    send: (message) => port.postMessage(message),
    listen(handler) {
      const onMessage = (raw: unknown) => {
        const message = accept(raw);
        if (message !== undefined) handler(message);
      };
      port.onMessage.addListener(onMessage);
      return () => port.onMessage.removeListener(onMessage);
    },
  };
}

/**
 * The panels' end, in the extension's frame: what the content script sends from the page's renderer is parsed
 * with its schema before anything acts on it; anything else is dropped, and said so in the console.
 */
export function linkOverPort<Out, In>(port: Browser.runtime.Port, incoming: z.ZodMiniType<In>): LinkEnd<Out, In> {
  return portLink(port, (raw) => {
    const parsed = incoming.safeParse(raw);
    // Never acted on, but never silently: a message our own other half sent and this half refuses is a bug.
    if (!parsed.success) console.error('Mitgestalten: message refused', parsed.error.issues.slice(0, 3));
    return parsed.success ? parsed.data : undefined;
  });
}

/**
 * The page agent's end: what the panels send is taken as it comes. A message is parsed where it enters a more
 * trusted context, and the agent, in the page's renderer, is the least trusted of ours; the port is the one it
 * opened itself under the frame's secret, so only our own frame speaks on it. Parsing here would protect nothing
 * an attacker can reach, and would bring zod into the agent's evaluation on the first click.
 */
export function agentLinkOverPort(port: Browser.runtime.Port): AgentEnd {
  return portLink<ToPanels, ToPage>(port, (raw) => raw as ToPage);
}
