import { describe, expect, it } from 'vitest';
import { countByKind, redact, redactedSegments } from './index';

describe('redact', () => {
  it('replaces an IBAN with a German placeholder and says where it stood', () => {
    const input = 'Meine IBAN DE89 3704 0044 0532 0130 00 bitte nicht weitergeben';
    const result = redact(input);
    expect(result.text).toBe('Meine IBAN [IBAN entfernt] bitte nicht weitergeben');
    expect(result.findings).toEqual([{ kind: 'iban', start: 11, end: 38 }]);
    expect(input.slice(11, 38)).toBe('DE89 3704 0044 0532 0130 00');
  });

  it('writes placeholders in the language of the text', () => {
    const input = 'Пишіть на olena.k@gmail.com';
    expect(redact(input, { language: 'uk' }).text).toBe('Пишіть на [електронну адресу вилучено]');
    expect(redact('IBAN DE89370400440532013000', { language: 'en' }).text).toBe('IBAN [IBAN removed]');
  });

  it('leaves a text without personal data unchanged', () => {
    const input = 'Schritt 3 von 6: Die Anlage KdU verlangt 450 Euro Nachweis nach § 22 Abs. 1 SGB II.';
    expect(redact(input)).toEqual({ text: input, findings: [] });
  });
});

describe('countByKind', () => {
  it('counts findings per kind as the suggestion stores them', () => {
    const { findings } = redact('Tel. 0170 1234567 oder 030/123 45 67, Mail a.b@web.de');
    expect(countByKind(findings)).toEqual({ phone: 2, email: 1 });
  });
});

describe('redactedSegments', () => {
  it('marks each placeholder with its kind, and the pieces join to the redacted text', () => {
    const input = 'Bitte an anna@example.org schreiben.';
    const segments = redactedSegments(input);
    expect(segments).toEqual([
      { text: 'Bitte an ', redacted: undefined },
      { text: '[E-Mail-Adresse entfernt]', redacted: 'email' },
      { text: ' schreiben.', redacted: undefined },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(redact(input).text);
  });
});
