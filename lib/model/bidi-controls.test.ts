import { describe, expect, it } from 'vitest';
import { escapeBidiControlsInJson, revealBidiControls, splitBidiControls } from './bidi-controls';

// "Bitte 1000 Euro überweisen", displayed with a right-to-left override: the digits read reversed.
const TROJAN = 'Bitte \u202E0001\u202C Euro überweisen';

describe('invisible direction controls', () => {
  it('are shown as visible tokens and split out for views', () => {
    expect(revealBidiControls(TROJAN)).toBe('Bitte [U+202E]0001[U+202C] Euro überweisen');
    expect(splitBidiControls(TROJAN)).toEqual([{ text: 'Bitte ' }, { text: '\u202E', control: 'U+202E' }, { text: '0001' }, { text: '\u202C', control: 'U+202C' }, { text: ' Euro überweisen' }]);
    expect(splitBidiControls('ohne')).toEqual([{ text: 'ohne' }]);
  });

  it('are written as escapes in JSON files: the same data, visible in any editor', () => {
    const json = escapeBidiControlsInJson(JSON.stringify({ problem: TROJAN }));
    expect(json).toContain('\\u202e0001\\u202c');
    expect(JSON.parse(json)).toEqual({ problem: TROJAN });
  });

  it('leave Arabic and Persian text, which needs no controls, alone', () => {
    expect(revealBidiControls('النص العربي')).toBe('النص العربي');
  });
});
