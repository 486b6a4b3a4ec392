// @vitest-environment happy-dom
// Finding a passage by its TextQuoteSelector, as stored by us or written by another tool.
import { describe as group, expect, it } from 'vitest';
import type { AnnotationTarget, TextQuoteSelector } from '../model';
import { anchor } from './index';

function quoteTarget(quote: Omit<TextQuoteSelector, 'type'>, position?: { start: number; end: number }): AnnotationTarget {
  const selectors: AnnotationTarget['selectors'] = [{ type: 'TextQuoteSelector', ...quote }];
  if (position) selectors.push({ type: 'TextPositionSelector', ...position });
  return { kind: 'text', selectors };
}

/** Where a passage is, as TextPositionSelector counts (code points of textContent; no emoji here). */
function positionOf(text: string): { start: number; end: number } {
  const start = document.body.textContent!.indexOf(text);
  return { start, end: start + text.length };
}

function foundIn(target: AnnotationTarget): Element | null | undefined {
  const match = anchor(target);
  return match?.range ? match.range.startContainer.parentElement : match === null ? null : undefined;
}

group('context around a quote', () => {
  it('counts a space at the far end of the prefix: " 1: " is not the end of "11: "', () => {
    document.body.innerHTML = '<main><p id="elf">Kind 11: Ja</p><p id="eins">Kind 1: Ja</p></main>';
    expect(foundIn(quoteTarget({ exact: 'Ja', prefix: ' 1: ' }))?.id).toBe('eins');
  });

  it('counts a space at the far end of the suffix: " 1 " is not the start of " 10 "', () => {
    document.body.innerHTML = '<main><p id="zehn">Betrag 10 Euro</p><p id="eins">Betrag 1 Euro</p></main>';
    expect(foundIn(quoteTarget({ exact: 'Betrag', suffix: ' 1 ' }))?.id).toBe('eins');
  });

  it('treats a suffix that runs past the end of the text alike with and without a position', () => {
    // Another tool read on into text we do not show (a footer script, say); the page ends after the quote.
    document.body.innerHTML = '<main><p>Bitte prüfen Sie alles.</p><p>Am Ende steht dieser Satz.</p></main>';
    const quote = { exact: 'dieser Satz.', prefix: 'Satz. Am Ende steht ', suffix: ' Impressum Datenschutz Kontakt' };
    const withPosition = anchor(quoteTarget(quote, positionOf('dieser Satz.')));
    const without = anchor(quoteTarget(quote));
    expect(withPosition?.range?.toString()).toBe('dieser Satz.');
    expect(without?.range?.toString()).toBe('dieser Satz.');
    expect(without?.confidence).toBe(withPosition?.confidence);
  });

  it('treats a prefix that reaches back before the start of the text alike with and without a position', () => {
    document.body.innerHTML = '<main><p>Antrag stellen</p><p>Bitte prüfen Sie alles.</p></main>';
    const quote = { exact: 'Antrag stellen', prefix: 'Zum Inhalt springen ', suffix: ' Bitte prüfen' };
    const withPosition = anchor(quoteTarget(quote, positionOf('Antrag stellen')));
    const without = anchor(quoteTarget(quote));
    expect(without?.range?.toString()).toBe('Antrag stellen');
    expect(without?.confidence).toBe(withPosition?.confidence);
  });
});

group('short quotes with a typo', () => {
  const PAGE = '<main><p>Angaben zur Wohnung</p><p id="satz">Bitte nennen Sie die Kaltmiete ohne Nebenkosten.</p><p>Mehr dazu im Merkblatt.</p></main>';

  it('are found with context before them only', () => {
    document.body.innerHTML = PAGE.replace('Kaltmiete', 'Kaltmite');
    const match = anchor(quoteTarget({ exact: 'Kaltmiete', prefix: 'Wohnung Bitte nennen Sie die ' }));
    expect(match?.range?.toString()).toBe('Kaltmite');
  });

  it('are found with context after them only', () => {
    document.body.innerHTML = PAGE.replace('Kaltmiete', 'Kaltmite');
    const match = anchor(quoteTarget({ exact: 'Kaltmiete', suffix: ' ohne Nebenkosten. Mehr dazu im' }));
    expect(match?.range?.toString()).toBe('Kaltmite');
  });

  it('are still not found where the context does not fit either', () => {
    document.body.innerHTML = PAGE.replace('Kaltmiete', 'Kaltmite');
    expect(anchor(quoteTarget({ exact: 'Kaltmiete', prefix: 'Angaben zum Einkommen: ' }))).toBeNull();
  });
});
