// @vitest-environment happy-dom
// TextPositionSelector offsets are Unicode code points of the root's textContent (W3C Web Annotation,
// Apache Annotator). dom-anchor-text-quote (with dom-anchor-text-position) stands for the other tools:
// it counts UTF-16 code units of textContent, which agrees wherever no astral character comes first.
import * as otherTool from 'dom-anchor-text-quote';
import { beforeEach, describe as group, expect, it } from 'vitest';
import type { AnnotationTarget, TextPositionSelector } from '../model';
import { anchor, describe } from './index';

/** A page with hidden text, a script, a list's options and raw whitespace before the passages: all of it counts. */
const PAGE = `
  <main>
    <h1>Wohnen und Heizkosten</h1>
    <p hidden>Dieser Hinweis ist für Menschen mit Wohngeld und wird nur bei Bedarf gezeigt.</p>
    <script>var schritt = 3;</script>
    <label>Wohnform <select><option>Mietwohnung</option><option>Eigentum</option></select></label>
    <p>Ja Nein</p>
    <p>Die Kaltmiete steht
       im Mietvertrag.</p>
    <p>Ja Nein</p>
  </main>`;

/** Emoji are astral characters: one code point, two UTF-16 code units each. */
const ASTRAL_PAGE = `<main><h1>Umzug 🏠 melden</h1><p>Neue Miete 💶💶 bitte mit Nachweis.</p><p>Die Kaltmiete steht im Mietvertrag.</p></main>`;

function textRange(container: Element, quote: string): Range {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    return range;
  }
  throw new Error(`"${quote}" steht nicht auf der Seite`);
}

/** The W3C definition itself: code points of the root's textContent. */
function codePointSlice(root: Element, { start, end }: { start: number; end: number }): string {
  return [...(root.textContent ?? '')].slice(start, end).join('');
}

function positionOf(target: AnnotationTarget): TextPositionSelector {
  return target.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
}

const positionOnly = (start: number, end: number): AnnotationTarget => ({ kind: 'text', selectors: [{ type: 'TextPositionSelector', start, end }] });

group('positions we write', () => {
  it('count code points of textContent, hidden text, scripts, options and raw whitespace included', () => {
    document.body.innerHTML = PAGE;
    const target = describe(textRange(document.querySelector('p:nth-of-type(3)')!, 'Mietvertrag'));
    const position = positionOf(target);
    expect(codePointSlice(document.body, position)).toBe('Mietvertrag');
    // Another tool reads the same words at our position.
    expect(otherTool.fromTextPosition(document.body, position).exact).toBe('Mietvertrag');
  });

  it('span raw whitespace that the quote folds', () => {
    document.body.innerHTML = PAGE;
    const paragraph = document.querySelector('p:nth-of-type(3)')!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const target = describe(range);
    expect(target.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Die Kaltmiete steht im Mietvertrag.' });
    expect(codePointSlice(document.body, positionOf(target))).toBe(paragraph.textContent);
  });

  it('count an emoji as one character, as Apache Annotator does', () => {
    document.body.innerHTML = ASTRAL_PAGE;
    const position = positionOf(describe(textRange(document.querySelectorAll('p')[1]!, 'Kaltmiete')));
    expect(codePointSlice(document.body, position)).toBe('Kaltmiete');
    // Three emoji before it: three code units more for a tool that counts UTF-16.
    expect(document.body.textContent!.indexOf('Kaltmiete')).toBe(position.start + 3);
  });
});

group('positions other tools wrote', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('land on the same text, counted past hidden text', () => {
    const range = textRange(document.body, 'Kaltmiete');
    const position = otherTool.toTextPosition(document.body, otherTool.fromRange(document.body, range))!;
    const match = anchor(positionOnly(position.start, position.end));
    expect(match?.range?.toString()).toBe('Kaltmiete');
    expect(match?.via).toBe('TextPositionSelector');
  });

  it('tell apart two identical lines by the position another tool wrote', () => {
    // The first copy: counted without the hidden text before it, its position would point at the second.
    const first = document.querySelectorAll('p')[1]!;
    expect(first.textContent).toBe('Ja Nein');
    const range = textRange(first, 'Ja Nein');
    const position = otherTool.toTextPosition(document.body, otherTool.fromRange(document.body, range))!;
    const match = anchor({ kind: 'text', selectors: [{ type: 'TextQuoteSelector', exact: 'Ja Nein' }, { type: 'TextPositionSelector', ...position }] });
    expect(first.contains(match!.range!.startContainer)).toBe(true);
  });

  it('land on the right text after astral characters when counted in code points', () => {
    document.body.innerHTML = ASTRAL_PAGE;
    const text = document.body.textContent!;
    // As Apache Annotator writes it: the code points before the passage.
    const start = [...text.slice(0, text.indexOf('Kaltmiete'))].length;
    expect(anchor(positionOnly(start, start + 'Kaltmiete'.length))?.range?.toString()).toBe('Kaltmiete');
  });

  it('are not found when they end past the end of the text, rather than cut short', () => {
    const length = [...document.body.textContent!].length;
    expect(anchor(positionOnly(length - 5, length))).not.toBeNull();
    expect(anchor(positionOnly(length - 5, length + 1))).toBeNull();
    expect(anchor(positionOnly(length + 10, length + 20))).toBeNull();
  });

  it('are not found when they cover only hidden text', () => {
    const text = document.body.textContent!;
    const start = text.indexOf('Dieser Hinweis');
    expect(anchor(positionOnly(start, start + 'Dieser Hinweis'.length))).toBeNull();
  });
});
