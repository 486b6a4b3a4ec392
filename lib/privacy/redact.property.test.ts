import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedactionKind } from '../model';
import * as arb from './arbitraries';
import { redact } from './index';

/** Random valid identifiers of every kind, each with the prefix that stays in front of it (label, salutation). */
const IDENTIFIERS: Array<[RedactionKind, fc.Arbitrary<readonly [string, string]>]> = [
  ['iban', arb.iban.map((id) => ['', id] as const)],
  ['bgNumber', arb.bgNumber.map((id) => ['', id] as const)],
  ['customerNumber', arb.customerNumber.map((id) => ['', id] as const)],
  ['pensionInsuranceNumber', arb.pensionInsuranceNumber.map((id) => ['', id] as const)],
  ['taxId', arb.taxId.map((id) => ['', id] as const)],
  ['healthInsuranceNumber', arb.healthInsuranceNumber.map((id) => ['', id] as const)],
  ['idCardNumber', arb.idCardNumber.map((id) => ['Ausweisnummer ', id] as const)],
  ['email', arb.email.map((id) => ['', id] as const)],
  ['phone', arb.phone.map((id) => ['', id] as const)],
  ['postalAddress', arb.postalAddress.map((id) => ['', id] as const)],
  ['birthDate', arb.birthDate.map(([label, date]) => [label + ' ', date] as const)],
  ['personName', arb.personName.map(([salutation, name]) => [salutation + ' ', name] as const)],
  ['caseNumber', arb.caseNumber.map((id) => ['', id] as const)],
];

describe('redact on random identifiers in random German text', () => {
  for (const [kind, identifier] of IDENTIFIERS) {
    it(`always removes a valid ${kind} and reports it as ${kind}`, () => {
      fc.assert(
        fc.property(arb.germanProse, arb.before, identifier, arb.after, arb.germanProse, (head, pre, [label, id], post, tail) => {
          const text = head + pre + label + id + post + tail;
          const start = head.length + pre.length + label.length;
          const end = start + id.length;
          const result = redact(text);
          // Every character of the identifier lies inside a finding …
          const covering = result.findings.filter((f) => f.start < end && f.end > start);
          let at = start;
          for (const f of covering) if (f.start <= at) at = Math.max(at, f.end);
          expect(at, `${JSON.stringify(id)} not fully removed from ${JSON.stringify(text)} → ${JSON.stringify(result.text)}`).toBeGreaterThanOrEqual(end);
          // … the label or salutation in front of it stays readable …
          if (label) expect(result.text).toContain(label.trim());
          // … and the finding says what it was, unless a number stands right before it ("Windows 11 0177/50270"):
          // then the two may read as one identifier of another kind, still removed whole.
          if (!/\d\s?$/.test(head + pre + label)) expect(covering.map((f) => f.kind)).toContain(kind);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('leaves ordinary suggestion prose (amounts, steps, legal references, times) unchanged', () => {
    fc.assert(
      fc.property(arb.germanProse, (text) => {
        expect(redact(text).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('returns ordered, non-overlapping findings inside the input, and redacting twice changes nothing more', () => {
    const anyIdentifier = fc.oneof(...IDENTIFIERS.map(([, id]) => id));
    fc.assert(
      fc.property(arb.germanProse, arb.before, anyIdentifier, arb.after, arb.germanProse, fc.constantFrom('de', 'en', 'uk', 'ar', 'tr', 'ru', 'fa') as fc.Arbitrary<'de'>, (head, pre, [label, id], post, tail, language) => {
        const text = head + pre + label + id + post + tail;
        const once = redact(text, { language });
        let last = 0;
        for (const f of once.findings) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          last = f.end;
        }
        expect(redact(once.text, { language }).text).toBe(once.text);
      }),
      { numRuns: 500 },
    );
  });
});
