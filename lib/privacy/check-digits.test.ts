import { describe, expect, it } from 'vitest';
import {
  healthInsuranceNumberValid,
  ibanChecksumValid,
  icaoCheckDigit,
  pensionInsuranceNumberValid,
  taxIdValid,
  turkishIdValid,
} from './check-digits';

// Published specimen numbers, so the rules are checked against someone else's arithmetic.
describe('check digits', () => {
  it('IBAN mod 97 (ISO 13616 examples)', () => {
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('GB29NWBK60161331926819')).toBe(true);
    expect(ibanChecksumValid('de89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013001')).toBe(false);
  });
  it('Rentenversicherungsnummer per § 2 VKVV (example 15 070649 C 103)', () => {
    expect(pensionInsuranceNumberValid('15070649C103')).toBe(true);
    expect(pensionInsuranceNumberValid('15070649C104')).toBe(false);
  });
  it('Steuer-ID per ISO 7064 MOD 11,10 (BZSt test number 86095742719)', () => {
    expect(taxIdValid('86095742719')).toBe(true);
    expect(taxIdValid('86095742718')).toBe(false);
    expect(taxIdValid('06095742719')).toBe(false);
  });
  it('Krankenversichertennummer (example A123456780)', () => {
    expect(healthInsuranceNumberValid('A123456780')).toBe(true);
    expect(healthInsuranceNumberValid('A123456781')).toBe(false);
  });
  it('ICAO 9303 7-3-1 check digit (specimen document number L898902C3 → 6)', () => {
    expect(icaoCheckDigit('L898902C3')).toBe(6);
  });
  it('Turkish identity number (test number 10000000146)', () => {
    expect(turkishIdValid('10000000146')).toBe(true);
    expect(turkishIdValid('10000000147')).toBe(false);
  });
});
