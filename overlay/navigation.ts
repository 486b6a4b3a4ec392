import { signal } from '@preact/signals';

import type { Panel } from './link';

export type { Panel };

/** The panel on screen and what screen readers are told. Where focus goes back to is the page agent's business. */
export function createNavigation() {
  const panel = signal<Panel>('closed');
  /** The last announcement; a new object each time, so that an identical message is told again. */
  const announcement = signal<{ text: string } | null>(null);
  const error = signal<string | null>(null);
  /** The person's own action runs: its buttons wait until it is done. */
  const busy = signal(false);

  return {
    panel,
    announcement,
    error,
    busy,
    /** Said by the page agent's live region (overlay/link.ts, `announce`), heard also after the panels close. */
    announce(message: string) {
      announcement.value = { text: message };
    },
  };
}

export type Navigation = ReturnType<typeof createNavigation>;
