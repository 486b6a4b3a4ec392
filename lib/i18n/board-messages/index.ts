import type { Language } from '../../model';
import { ar } from './ar';
import { de, type BoardMessages } from './de';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';

export type { BoardMessageKey, BoardMessages } from './de';

/** All seven board catalogues: the board is a page of its own, loaded by people who triage, not on every form. */
export const BOARD_CATALOGUES: Readonly<Record<Language, BoardMessages>> = { de, en, uk, ar, tr, ru, fa };
