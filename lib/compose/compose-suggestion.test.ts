import { describe, expect, it } from 'vitest';
import { composeSuggestion, type SuggestionDraft } from './index';

const draft: SuggestionDraft = {
  page: { url: 'https://portal.example/antrag/wba', title: 'Willkommen, Anna Müller – Weiterbewilligungsantrag', step: 'Angaben zu Frau Kowalski' },
  target: {
    kind: 'text',
    label: 'Ihre IBAN DE89 3704 0044 0532 0130 00 wird verwendet',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Ihre IBAN DE89 3704 0044 0532 0130 00 wird verwendet', prefix: 'Guten Tag Herr Yılmaz. ', suffix: ' Telefon 0176 23456789' },
      { type: 'TextPositionSelector', start: 120, end: 171 },
      { type: 'FieldSelector', label: 'Geburtsdatum von Ben (geb. 12.04.2015)', legends: ['Kinder von Frau Kowalski'], controlType: 'date' },
    ],
  },
  category: 'unclear-wording',
  problem: 'Die Vorschau zeigt meine Daten, das ist verwirrend.',
  authorRole: 'claimant',
  language: 'de',
};

describe('composeSuggestion', () => {
  const suggestion = composeSuggestion(draft, new Date('2025-03-01T10:00:00Z'), '5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a');
  const sent = JSON.stringify(suggestion);

  it('sends no personal data that the page showed: title, step, label, quote with prefix and suffix, field label and legends', () => {
    for (const personal of ['Anna Müller', 'Kowalski', 'Yılmaz', 'DE89 3704', '0176 23456789', '12.04.2015']) expect(sent).not.toContain(personal);
    expect(suggestion.page.title).toBe('Willkommen, [Name entfernt] – Weiterbewilligungsantrag');
    expect(suggestion.page.step).toBe('Angaben zu Frau [Name entfernt]');
  });

  it('keeps a redacted quote and its position, so the place can still be found', () => {
    expect(suggestion.target.selectors[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Ihre IBAN [IBAN entfernt] wird verwendet',
      prefix: 'Guten Tag Herr [Name entfernt]. ',
      suffix: ' Telefon [Telefonnummer entfernt]',
    });
    expect(suggestion.target.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 120, end: 171 });
    expect(suggestion.target.label).toBe('Ihre IBAN [IBAN entfernt] wird verwendet');
  });

  it('counts what was removed from the page with what was removed from the text', () => {
    expect(suggestion.redactions).toEqual({ personName: 4, iban: 2, phone: 1, birthDate: 1 });
  });
});
