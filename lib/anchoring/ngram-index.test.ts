import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NgramIndex, occurrencesIn } from './ngram-index';

function byScanning(text: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0 && at < to; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

describe('NgramIndex', () => {
  it('finds every occurrence of repeated form wording, in order', () => {
    const text = 'Bitte geben Sie den Betrag in Euro an. Betrag Bitte geben Sie den Betrag in Euro an. Ende';
    const index = new NgramIndex(text);
    expect(index.occurrences('Bitte geben Sie den Betrag', 0, text.length, 10)).toEqual([0, 46]);
    expect(index.occurrences('Bitte geben Sie den Betrag', 1, text.length, 10)).toEqual([46]);
    expect(index.occurrences('Bitte geben Sie den Betrag', 0, text.length, 1)).toEqual([0]);
    expect(index.occurrences('nicht im Text', 0, text.length, 10)).toEqual([]);
  });

  it('agrees with indexOf for any needle and range', () => {
    const unit = fc.constantFrom('a', 'b', ' ', 'ü');
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit }), fc.string({ minLength: 1, maxLength: 12, unit }), fc.nat(300), fc.nat(300), (text, needle, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(new NgramIndex(text).occurrences(needle, from, to, 1000)).toEqual(byScanning(text, needle, from, to));
      }),
    );
  });

  it('scans short texts instead of indexing them', () => {
    expect(occurrencesIn('kurz').occurrences('ur', 0, 4, 5)).toEqual([1]);
    expect(occurrencesIn('x'.repeat(100_000))).toBeInstanceOf(NgramIndex);
  });
});
