// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { boxAt, CORNERS, coversControl, freeCorner, pageControlBoxes } from './launcher-placement';

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

/** happy-dom does no layout: give elements boxes by hand. */
function place(element: Element, x: number, y: number, width: number, height: number) {
  const rect = new DOMRect(x, y, width, height);
  element.getBoundingClientRect = () => rect;
  element.getClientRects = () => Object.assign([rect], { item: (index: number) => (index === 0 ? rect : null) }) as unknown as DOMRectList;
}

describe('whether the launcher would cover a control of the page', () => {
  const box = boxAt('bottom-end', LAUNCHER, VIEWPORT, 'ltr'); // x 144–344, y 680–724
  const notOwn = (element: Element) => element.closest('#own') !== null;

  beforeEach(() => {
    document.body.innerHTML = `
      <p id="text">Nur Text</p>
      <a id="link" href="/impressum">Impressum</a>
      <input id="field" aria-label="Betrag">
      <div id="own"><button id="own-button">Verbesserung vorschlagen</button></div>`;
    for (const element of document.querySelectorAll('body *')) place(element, -1000, -1000, 0, 0);
  });

  it('does not when only text lies under it', () => {
    place(document.getElementById('text')!, 0, 670, 360, 60);
    expect(coversControl(pageControlBoxes(document, notOwn), box)).toBe(false);
  });

  it('does when a field lies under its middle', () => {
    place(document.getElementById('field')!, 100, 690, 260, 30);
    expect(coversControl(pageControlBoxes(document, notOwn), box)).toBe(true);
  });

  it('does when a small link lies under it between its corners and its middle', () => {
    // A footer link of 60 × 20 px under the launcher's left half: a person could no longer tap it.
    place(document.getElementById('link')!, 180, 695, 60, 20);
    expect(coversControl(pageControlBoxes(document, notOwn), box)).toBe(true);
  });

  it('does not count a control that only touches it from outside', () => {
    place(document.getElementById('link')!, 144, 640, 80, 30);
    expect(coversControl(pageControlBoxes(document, notOwn), box)).toBe(false);
  });

  it('does not count the overlay’s own controls', () => {
    place(document.getElementById('own-button')!, 144, 680, 200, 44);
    expect(coversControl(pageControlBoxes(document, notOwn), box)).toBe(false);
  });
});
