import { randomInt } from 'node:crypto';

/** 32 characters without look-alikes (no I, O, 0, 1): 12 of them give 60 bits, as the protocol asks. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random receipt code such as `K7QP-2MX4-9RTA`. Uniqueness is the database's job (unique index). */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
