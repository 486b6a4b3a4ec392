/**
 * Check-digit rules of the identifiers we redact. They only raise confidence and pick the kind when two
 * shapes look alike: a number whose check digit fails is still redacted, since a typo still identifies
 * a person.
 */

/** ISO 13616 (IBAN): move the first four characters to the end, read letters as 10–35, mod 97 = 1. */
export function ibanChecksumValid(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : char.charCodeAt(0) - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** ISO 7064 MOD 11,10 (Steuerliche Identifikationsnummer, § 139b AO): the 11th digit. */
export function taxIdCheckDigit(firstTen: string): number {
  let product = 10;
  for (const char of firstTen) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

export function taxIdValid(digits: string): boolean {
  return /^[1-9]\d{10}$/.test(digits) && taxIdCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

function crossSum(n: number): number {
  return n >= 10 ? Math.floor(n / 10) + (n % 10) : n;
}

/** Two-digit position in the alphabet (A = 01 … Z = 26), as the VKVV and the KVNR rules read a letter. */
function letterDigits(letter: string): string {
  return String(letter.toUpperCase().charCodeAt(0) - 64).padStart(2, '0');
}

/**
 * § 2 VKVV (Rentenversicherungsnummer, 12 characters: area, birth date, initial, serial, check digit):
 * the letter becomes its two-digit position, the 12 digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1, the
 * cross sums of the products are added, the sum mod 10 is the check digit.
 */
export function pensionInsuranceCheckDigit(firstEleven: string): number {
  const digits = firstEleven.slice(0, 8) + letterDigits(firstEleven[8]!) + firstEleven.slice(9, 11);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += crossSum(Number(digits[i]) * weights[i]!);
  return sum % 10;
}

export function pensionInsuranceNumberValid(compact: string): boolean {
  return /^\d{8}[A-Za-z]\d{3}$/.test(compact) && pensionInsuranceCheckDigit(compact) === Number(compact[11]);
}

/**
 * Krankenversichertennummer (§ 290 SGB V, unchangeable part): letter + 8 digits + check digit. The
 * letter becomes its two-digit position, the 10 digits are weighted 1,2,1,2,…, cross sums added, mod 10.
 */
export function healthInsuranceCheckDigit(firstNine: string): number {
  const digits = letterDigits(firstNine[0]!) + firstNine.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += crossSum(Number(digits[i]) * (i % 2 === 0 ? 1 : 2));
  return sum % 10;
}

export function healthInsuranceNumberValid(compact: string): boolean {
  return /^[A-Za-z]\d{9}$/.test(compact) && healthInsuranceCheckDigit(compact) === Number(compact[9]);
}

/** ICAO 9303 check digit (machine-readable zone of ID cards and passports): weights 7,3,1, A = 10. */
export function icaoCheckDigit(value: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!.toUpperCase();
    const n = char === '<' ? 0 : char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    sum += n * weights[i % 3]!;
  }
  return sum % 10;
}

/** Turkish identity number (T.C. Kimlik No): 11 digits, two check digits. */
export function turkishIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return tenth === d[9] && eleventh === d[10];
}
