/** The toolbar popup's "annotate this page": a message to the tab's content script, which opens the booted overlay's menu. */
export const OPEN_OVERLAY_CHANNEL = 'mitgestalten/open-overlay';

export const isOpenRequest = (message: unknown): boolean => (message as { channel?: unknown } | null)?.channel === OPEN_OVERLAY_CHANNEL;
