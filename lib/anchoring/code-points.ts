/**
 * Counting Unicode code points in JavaScript strings (which count UTF-16 code units): an emoji is one
 * character to a person and to the W3C's TextPositionSelector, two units to `String.length`.
 */

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code points in `data` before code-unit offset `until` (all of it by default). */
export function codePointsBefore(data: string, until = data.length): number {
  if (!HIGH_SURROGATE.test(data)) return until;
  let count = 0;
  for (let i = 0; i < until; i++) {
    // The second half of a surrogate pair belongs to the character its first half began.
    if (!(isLowSurrogate(data.charCodeAt(i)) && i > 0 && isHighSurrogate(data.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** Code-unit offset in `data` of its `count`-th code point (`data.length` past the end). */
export function codeUnitAt(data: string, count: number): number {
  if (!HIGH_SURROGATE.test(data)) return Math.min(count, data.length);
  let unit = 0;
  for (let seen = 0; seen < count && unit < data.length; seen++) {
    unit += isHighSurrogate(data.charCodeAt(unit)) && isLowSurrogate(data.charCodeAt(unit + 1)) ? 2 : 1;
  }
  return unit;
}
