import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignInWindow, BitPattern, editDistance, similarity } from './edit-distance';

/** Textbook dynamic programming: the pattern aligned from the anchor outward, free end. */
function referenceContextErrors(pattern: string, text: string): number {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.min(...previous);
}

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('Betrag', 'Betrag')).toBe(0);
    expect(editDistance('Betrag', 'Betrug')).toBe(1);
    expect(editDistance('Kaltmiete', 'Kaltmiete monatlich')).toBe(10);
    expect(similarity('Vorname', 'Vornamen')).toBeCloseTo(7 / 8);
  });

  it('stops early past its bound', () => {
    expect(editDistance('Einkommen', 'Vermögen', 2)).toBe(3);
  });
});

describe('BitPattern', () => {
  it('scores a context by the fewest edits next to the anchor, counting inserted words once', () => {
    const suffix = new BitPattern(' Wie oft bekommen Sie Lohn?');
    const text = 'Betrag jetzt Wie oft bekommen Sie Lohn? Weiter';
    // " jetzt" was inserted between quote and suffix: six edits, not a shifted window of mismatches.
    expect(suffix.contextSimilarity(text, 'Betrag'.length, 40)).toBeCloseTo(1 - 6 / 27);
    const prefix = new BitPattern('Einkommen: ', true);
    expect(prefix.contextSimilarity('Einkommen: Betrag', 'Einkommen: '.length, 20)).toBe(1);
  });

  it('agrees with the textbook alignment on any text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 32, unit: fc.constantFrom('a', 'b', 'c', ' ', 'ä') }), fc.string({ maxLength: 48, unit: fc.constantFrom('a', 'b', 'c', ' ', 'ä') }), (pattern, text) => {
        const expected = 1 - referenceContextErrors(pattern, text) / pattern.length;
        expect(new BitPattern(pattern).contextSimilarity(text, 0, text.length)).toBeCloseTo(expected, 10);
      }),
    );
  });

  it('finds the fewest edits of a pattern anywhere in a window', () => {
    expect(new BitPattern('Nachweis').searchErrors('Bitte fügen Sie einen Nachwies bei.', 0, 35)).toBe(2);
  });
});

describe('alignInWindow', () => {
  it('keeps the quote to its own extent when a word was inserted in it', () => {
    const window = 'Wenn Sie es nicht genau wissen, schätzen bitte Sie bitte. Betrag';
    const match = alignInWindow('genau ', 'wissen, schätzen Sie bitte.', ' Betrag', window, 6);
    expect(window.slice(match!.start, match!.end)).toBe('wissen, schätzen bitte Sie bitte.');
    expect(match!.errors).toBe(6);
  });

  it('keeps the quote to its own extent when the word after it changed too', () => {
    // Dropping "Sie " and the full stop would be one edit cheaper; a selection ends where the person let go.
    const window = 'Wenn Sie es nicht genau wissen, schätzen bitte Sie bitte. Beschäftigt seit';
    const match = alignInWindow('genau ', 'wissen, schätzen Sie bitte.', ' Name des Ar', window, 9);
    expect(window.slice(match!.start, match!.end)).toBe('wissen, schätzen bitte Sie bitte.');
    expect(match!.errors).toBe(6);
  });

  it('counts words inserted next to the quote against the context, not the quote', () => {
    const window = 'Bitte geben jetzt Sie den Betrag in Euro an.';
    const match = alignInWindow('Bitte geben ', 'Sie den Betrag', ' in Euro', window, 3);
    expect(window.slice(match!.start, match!.end)).toBe('Sie den Betrag');
    expect(match!.errors).toBe(0);
  });

  it('rejects a window that needs more edits than allowed', () => {
    expect(alignInWindow('', 'Kontoauszüge', '', 'Lohnabrechnung', 2)).toBeNull();
  });
});
