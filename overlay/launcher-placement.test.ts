// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { boxAt, CORNERS, coversControl, freeCorner, pageControls } from './launcher-placement';

const VIEWPORT = { width: 360, height: 740 };
const LAUNCHER = { width: 200, height: 44 };

describe('where the launcher goes in each corner', () => {
  it('keeps 16 px from the edges', () => {
    expect(boxAt('bottom-end', LAUNCHER, VIEWPORT, 'ltr')).toMatchObject({ x: 144, y: 680, width: 200, height: 44 });
    expect(boxAt('top-start', LAUNCHER, VIEWPORT, 'ltr')).toMatchObject({ x: 16, y: 16 });
  });

  it('mirrors start and end for right-to-left languages', () => {
    expect(boxAt('bottom-end', LAUNCHER, VIEWPORT, 'rtl')).toMatchObject({ x: 16, y: 680 });
    expect(boxAt('top-start', LAUNCHER, VIEWPORT, 'rtl')).toMatchObject({ x: 144, y: 16 });
  });
});

describe('choosing a free corner', () => {
  it('keeps the person’s own corner when it is free', () => {
    expect(freeCorner('top-start', () => true)).toBe('top-start');
  });

  it('goes on to the next corner in a fixed order when the chosen one is taken', () => {
    const taken = new Set(['bottom-end', 'bottom-start']);
    expect(freeCorner('bottom-end', (corner) => !taken.has(corner))).toBe('top-end');
    // The order wraps around: from the last corner back to the first.
    expect(freeCorner('top-start', (corner) => corner === 'bottom-end')).toBe('bottom-end');
  });

  it('gives up when every corner is taken: the launcher then shrinks', () => {
    expect(freeCorner('bottom-end', () => false)).toBeNull();
  });

  it('knows four corners', () => {
    expect([...CORNERS].sort()).toEqual(['bottom-end', 'bottom-start', 'top-end', 'top-start']);
  });
});

describe('whether the launcher would cover a control of the page', () => {
  const box = boxAt('bottom-end', LAUNCHER, VIEWPORT, 'ltr'); // x 144–344, y 680–724

  it('does when a field lies under its middle', () => {
    expect(coversControl([new DOMRect(100, 690, 260, 30)], box)).toBe(true);
  });

  it('does when a small link lies under it between its corners and its middle', () => {
    // A footer link of 60 × 20 px under the launcher's left half: a person could no longer tap it.
    expect(coversControl([new DOMRect(180, 695, 60, 20)], box)).toBe(true);
  });

  it('does not count a control that only touches it from outside', () => {
    expect(coversControl([new DOMRect(144, 640, 80, 30)], box)).toBe(false);
  });
});

describe('what counts as a control of the page', () => {
  const own = (element: Element) => element.closest('#own') !== null;

  beforeEach(() => {
    document.body.innerHTML = `
      <p id="text">Nur Text</p>
      <a id="link" href="/impressum">Impressum</a>
      <a id="anchor">kein Ziel</a>
      <input id="field" aria-label="Betrag">
      <span id="custom" role="button" tabindex="0">Weiter</span>
      <div id="own"><button id="own-button">Verbesserung vorschlagen</button></div>`;
  });

  it('counts links, fields and custom buttons, but not text or the overlay’s own controls', () => {
    expect(pageControls(document, own).map((element) => element.id)).toEqual(['link', 'field', 'custom']);
  });
});
