import { signal } from '@preact/signals';

/**
 * Which part of the overlay is showing. One at a time: a stressed person should never have to
 * work out which of several open boxes to use.
 */
export type Panel = 'closed' | 'menu' | 'picking' | 'finder' | 'form' | 'review' | 'list' | 'send';

/** The panel on screen, where focus goes back to, and what screen readers are told. */
export function createNavigation() {
  const panel = signal<Panel>('closed');
  /** Page element that had the person's attention before the overlay took it; focus goes back there. */
  const returnFocusTo = signal<Element | null>(null);
  const announcement = signal('');
  const error = signal<string | null>(null);
  /** The person's own action runs: its buttons wait until it is done. */
  const busy = signal(false);

  return {
    panel,
    returnFocusTo,
    announcement,
    error,
    busy,
    announce(message: string) {
      // Clearing first makes screen readers repeat an identical message.
      announcement.value = '';
      setTimeout(() => (announcement.value = message), 50);
    },
    /** Remember where the person came from, unless they are only moving between panels. */
    keepOrigin(from: Element | null) {
      returnFocusTo.value = from ?? (panel.value === 'closed' ? null : returnFocusTo.value);
    },
  };
}

export type Navigation = ReturnType<typeof createNavigation>;
