import { describe, expect, it } from 'vitest';
import { countByKind, possibleNames, redact, redactSpan, redactedSegments, reviewSegments } from './index';

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
    expect(possibleNames(input)).toEqual([]);
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

describe('reviewSegments', () => {
  it('says where each piece stood in the input', () => {
    expect(reviewSegments('Bitte an anna@example.org schreiben.')).toEqual([
      { text: 'Bitte an ', redacted: undefined, possibleName: false, start: 0, end: 9 },
      { text: '[E-Mail-Adresse entfernt]', redacted: 'email', possibleName: false, start: 9, end: 25 },
      { text: ' schreiben.', redacted: undefined, possibleName: false, start: 25, end: 36 },
    ]);
  });

  it('marks a kept word that looks like a name, where it stood in the input', () => {
    const input = 'Gestern hat Anna mir beim Ausfüllen geholfen.';
    const segments = reviewSegments(input);
    expect(segments.filter((s) => s.possibleName)).toEqual([{ text: 'Anna', redacted: undefined, possibleName: true, start: 12, end: 16 }]);
    expect(segments.map((s) => s.text).join('')).toBe(input);
  });
});

describe('possible names and redactSpan', () => {
  it('reports a known name without a cue as a possible name, and removes it when the person chooses so', () => {
    const input = 'Mehmet hat mir beim Antrag geholfen, im Winter ist das Formular anders.';
    expect(redact(input, { language: 'de' }).text).toBe(input);
    const [mehmet, ...others] = possibleNames(input, { language: 'de' });
    expect([mehmet, ...others].map((span) => input.slice(span!.start, span!.end))).toEqual(['Mehmet']);
    const chosen = redactSpan(input, mehmet!.start, mehmet!.end, 'de');
    expect(chosen).toBe('[Name entfernt] hat mir beim Antrag geholfen, im Winter ist das Formular anders.');
    const second = redact(chosen, { language: 'de' });
    expect(second.text).toBe(chosen);
    expect(countByKind(second.findings)).toEqual({ personName: 1 });
    expect(possibleNames(chosen)).toEqual([]);
  });

  it('writes the placeholder in the language asked for and rejects a span outside the text', () => {
    expect(redactSpan('Dmytro допоміг', 0, 6, 'uk')).toBe("[ім'я вилучено] допоміг");
    expect(() => redactSpan('abc', 2, 9)).toThrow(/privacy\.span-outside-text/);
  });

  it('keeps counting what an earlier pass removed, so editing a stored text keeps its counts', () => {
    const once = redact('Tel. 0170 1234567, Frau Yılmaz weiß Bescheid.');
    expect(countByKind(redact(once.text).findings)).toEqual(countByKind(once.findings));
  });
});
