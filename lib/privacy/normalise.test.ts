import { describe, expect, it } from 'vitest';
import { isCaseless, scanText, titledView, upperView } from './normalise';
import { removed } from './test-support';

describe('normalisation before matching', () => {
  it('keeps every offset: each view has one code unit for each of the input', () => {
    const text = 'IBAN DE44 5001\n0517 5407 3249 31, رقم ١٢٣٤٥ BG ٠٠١٢٣٤٥، straße ß';
    for (const view of [scanText(text), upperView(scanText(text)), titledView(scanText(text))]) expect(view).toHaveLength(text.length);
    expect(scanText(text)).toContain('DE44 5001 0517 5407 3249 31');
    expect(scanText(text)).toContain('12345 BG 0012345,');
  });

  it('tells a text without case from one with case', () => {
    expect(isCaseless('hallo ich bin kevin meine bg nummer ist falsch')).toBe(true);
    expect(isCaseless('ICH HEISSE KARIN BECKER UND DER TEXT IST ZU KLEIN')).toBe(true);
    expect(isCaseless('Мій син Максим вже працює, де вказати зарплату?')).toBe(false);
    expect(isCaseless('PLZ 01067 wird nicht erkannt.')).toBe(false);
  });

  it('removes what a text without case holds, cut from the text as written', () => {
    expect(removed('hallo ich bin kevin meine bg nummer ist 12345bg0012345 und der antrag geht nicht')).toEqual([
      ['personName', 'kevin'],
      ['bgNumber', '12345bg0012345'],
    ]);
    expect(removed('meine frau elena hat keinen pass mehr, ihre nummer war c4j6r2p9k2')).toEqual([
      ['personName', 'elena'],
      ['idCardNumber', 'c4j6r2p9k2'],
    ]);
  });

  it('reads identifiers with odd separators and broken across a line', () => {
    expect(removed('Meine Steuer-ID ist 47.891.236.502, das Feld erlaubt keine Punkte.')).toEqual([['taxId', '47.891.236.502']]);
    expect(removed('Rückruf bitte unter 0176.2345.6789, danke.')).toEqual([['phone', '0176.2345.6789']]);
    expect(removed('IBAN: DE44 5001\n0517 5407 3249 31 wird abgelehnt')).toEqual([['iban', 'DE44 5001\n0517 5407 3249 31']]);
  });
});
