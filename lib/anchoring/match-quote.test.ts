import { describe, expect, it } from 'vitest';
import { errorBudget, matchQuote } from './match-quote';

/** A form's text: the same hint under several fields, each after its own label. */
const FORM = [
  'Einkommen aus Minijob Betrag Bitte geben Sie den Betrag in Euro an. Arbeitsstunden pro Woche',
  'Bankguthaben Kontostand Bitte geben Sie den Betrag in Euro an. Kontostand vom',
  'Kosten der Unterkunft Kaltmiete Bitte geben Sie den Betrag in Euro an. Nebenkosten',
].join(' ');
const HINT = 'Bitte geben Sie den Betrag in Euro an.';

function quoteAt(text: string, start: number, end: number) {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), hint: start };
}

describe('matchQuote', () => {
  it('finds the copy of repeated wording whose surroundings fit', () => {
    const second = FORM.indexOf(HINT, FORM.indexOf(HINT) + 1);
    const query = quoteAt(FORM, second, second + HINT.length);
    expect(matchQuote(FORM, { ...query, hint: undefined })).toMatchObject({ start: second, errors: 0 });
    expect(matchQuote(FORM, query)).toMatchObject({ start: second, confidence: 1 });
  });

  it('prefers the edited sentence at its place over an intact copy elsewhere', () => {
    const second = FORM.indexOf(HINT, FORM.indexOf(HINT) + 1);
    const query = quoteAt(FORM, second, second + HINT.length);
    // The sentence under "Kontostand" got a typo; identical copies remain under other labels.
    const edited = FORM.slice(0, second) + 'Bitte geben Sie den Betrag in Eure an.' + FORM.slice(second + HINT.length);
    const match = matchQuote(edited, query);
    expect(match).toMatchObject({ start: second, end: second + HINT.length });
    expect(match!.errors).toBe(1);
  });

  it('never points at an intact copy far away when the sentence at its old place was reworded', () => {
    const line = 'Angaben zur Unterkunft Bitte geben Sie den Betrag in Euro an. Weiter zum nächsten Schritt';
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(20);
    // Both copies have the same surroundings: only the position tells them apart.
    const text = `${filler} ${line}${filler} ${line}${filler}`;
    const start = text.lastIndexOf(HINT);
    const query = quoteAt(text, start, start + HINT.length);
    const edited = text.slice(0, start) + 'Bitte geben Sie hier den Betrag in Euro ein.' + text.slice(start + HINT.length);
    const match = matchQuote(edited, query);
    expect(match === null || match.start === start).toBe(true);
    expect(match?.start).not.toBe(text.indexOf(HINT));
  });

  it('returns null when the sentence is gone, rather than a copy with other surroundings', () => {
    const second = FORM.indexOf(HINT, FORM.indexOf(HINT) + 1);
    const query = quoteAt(FORM, second, second + HINT.length);
    const removed = FORM.slice(0, second) + FORM.slice(second + HINT.length + 1);
    expect(matchQuote(removed, { ...query, hint: undefined })).toBeNull();
  });

  it('finds a quote spanning whitespace that was folded, with a typo, without any context', () => {
    const text = 'Vorwort. Der Antrag hat sechs Schritte und dauert etwa dreißig Minuten. Nachwort.';
    expect(matchQuote(text, { exact: 'Der Antrag hat secks Schritte und dauert etwa dreißig Minuten.' })).toMatchObject({ start: 9, errors: 1 });
  });

  it('does not guess between identical places that nothing tells apart', () => {
    const text = 'Ja Nein Ja Nein';
    expect(matchQuote(text, { exact: 'Ja Nein' })).toBeNull();
    // A position tells them apart when one is clearly nearer.
    expect(matchQuote(text, { exact: 'Ja Nein', hint: 8 })).toMatchObject({ start: 8, positional: true });
  });

  it('allows a typo in a short quote and a word in a long one', () => {
    expect(errorBudget(4)).toBe(0);
    expect(errorBudget(6)).toBe(1);
    expect(errorBudget(40)).toBe(10);
  });

  it('ignores places the caller rules out', () => {
    const first = FORM.indexOf(HINT);
    expect(matchQuote(FORM, { exact: HINT, hint: first }, { accept: (start) => start !== first })).not.toMatchObject({ start: first });
  });
});
