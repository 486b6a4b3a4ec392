import { describe, expect, it } from 'vitest';
import type { Message } from './messages/de';
import { de } from './board-messages/de';
import { BOARD_CATALOGUES } from './board-messages';

const formsOf = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message): string[] => [...new Set(formsOf(message).flatMap((form) => form.match(/\{\w+\}/g) ?? []))].sort();

// The same checks as the overlay's catalogues (lib/i18n/i18n.test.ts), for the board's own.
describe.each(Object.entries(BOARD_CATALOGUES).filter(([language]) => language !== 'de'))('board catalogue %s', (_language, messages) => {
  it('has exactly the keys of German', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(de).sort());
  });
  it('keeps the placeholders of German in every message', () => {
    expect(Object.entries(de).filter(([key, german]) => placeholders(messages[key as keyof typeof de]).join() !== placeholders(german).join()).map(([key]) => key)).toEqual([]);
  });
  it('translates every message: no empty strings, and no German sentence left as it was', () => {
    expect(Object.entries(messages).filter(([, message]) => formsOf(message).some((form) => form.trim() === '')).map(([key]) => key)).toEqual([]);
    // Short codes and the formats' own product names (export.*) may stay; sentences may not.
    const untranslated = Object.entries(messages).filter(([key, message]) => !key.startsWith('export.') && JSON.stringify(message) === JSON.stringify(de[key as keyof typeof de]) && formsOf(message).some((form) => form.split(' ').length > 3));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
