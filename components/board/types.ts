import type { BoardMessageKey } from '../../lib/i18n/board-messages/de';

/** The board's translator: its own catalogue (lib/i18n/board-messages), which the overlay never loads. */
export type BoardTranslate = (key: BoardMessageKey, params?: Record<string, string | number>) => string;
