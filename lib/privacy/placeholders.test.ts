import { describe, expect, it } from 'vitest';
import { Language, RedactionKind } from '../model';
import { placeholder, redact, sensitiveTopics } from './index';

describe('placeholders', () => {
  it('exist for every kind in every language, in brackets, all different within a language', () => {
    for (const language of Language.options) {
      const texts = RedactionKind.options.map((kind) => placeholder(kind, language));
      for (const text of texts) expect(text).toMatch(/^\[.+\]$/);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('are counted as what they stand for, and nothing around them is read as personal data, when a redacted text is redacted again', () => {
    for (const language of Language.options) {
      const all = RedactionKind.options.map((kind) => `${placeholder(kind, language)} seit 2024, Schritt 3`).join('\n');
      const again = redact(all, { language });
      expect(again.text).toBe(all);
      expect(again.findings.map((f) => [f.kind, all.slice(f.start, f.end)])).toEqual(RedactionKind.options.map((kind) => [kind, placeholder(kind, language)]));
    }
  });

  it('touch no special category, so a redacted text raises no question of its own', () => {
    for (const language of Language.options) {
      for (const kind of RedactionKind.options) expect(sensitiveTopics(placeholder(kind, language)), `${language} ${kind}`).toEqual([]);
    }
  });

  it('default to German', () => {
    expect(placeholder('iban')).toBe('[IBAN entfernt]');
    expect(redact('IBAN DE89370400440532013000').text).toBe('IBAN [IBAN entfernt]');
  });
});
