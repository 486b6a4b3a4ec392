import type { LocalStore } from '../lib/store';

/** The store as the overlay needs it: opened directly (widget) or reached by messages (extension). */
export type OverlayStore = Omit<LocalStore, 'close'>;
