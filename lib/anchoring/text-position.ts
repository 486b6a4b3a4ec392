/**
 * TextPositionSelector offsets as the W3C Web Annotation model defines them and Apache Annotator
 * writes them: Unicode code points of the root's `textContent` (all text, hidden text included, no
 * whitespace folding). Hypothesis and dom-anchor-text-position count UTF-16 code units instead; both
 * agree wherever no character outside the Basic Multilingual Plane (an emoji, say) comes first.
 *
 * Quotes are matched on the visible text (visible-text.ts); this file translates between the two.
 */
import type { TextPositionSelector } from '../model';
import { offsetInNode, rangeFromOffsets, type VisibleText } from './visible-text';

/** The text nodes `textContent` is made of, with where each starts, and how they map to the visible text. */
export interface ContentText {
  /** Every text node under the root, in document order. */
  nodes: Text[];
  /** Code-point offset in `textContent` of each node's first character. */
  starts: number[];
  /** Code points in `textContent`. */
  length: number;
  /** For each node: its index among the visible text's nodes, or -1 when it contributes nothing visible. */
  visible: Int32Array;
  /** For each node: the index of the first visible node at or after it (`visible.nodes.length` if none). */
  nextVisible: Int32Array;
  /** Index in `nodes` of each node, for describing a point. */
  indexOf: Map<Text, number>;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code points in `data` before code-unit offset `until`. */
function codePointsBefore(data: string, until: number): number {
  if (!HIGH_SURROGATE.test(data)) return until;
  let count = 0;
  for (let i = 0; i < until; i++) {
    // The second half of a surrogate pair is part of the character its first half began.
    if (!(isLowSurrogate(data.charCodeAt(i)) && i > 0 && isHighSurrogate(data.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** Code-unit offset in `data` of its `count`-th code point (`data.length` past the end). */
function codeUnitAt(data: string, count: number): number {
  if (!HIGH_SURROGATE.test(data)) return Math.min(count, data.length);
  let unit = 0;
  for (let seen = 0; seen < count && unit < data.length; seen++) {
    unit += isHighSurrogate(data.charCodeAt(unit)) && isLowSurrogate(data.charCodeAt(unit + 1)) ? 2 : 1;
  }
  return unit;
}

/** Read the text nodes of `root` (the element that stands for the page) and align them with the visible text. */
export function contentTextOf(root: Element | null, visibleText: VisibleText): ContentText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const visible: number[] = [];
  const nextVisible: number[] = [];
  const indexOf = new Map<Text, number>();
  let length = 0;
  let v = 0;
  // Iterative walk in document order: pages nest deeply enough to make recursion a risk.
  for (let node: Node | null = root?.firstChild ?? null; node; ) {
    if (node.nodeType === 3) {
      const text = node as Text;
      indexOf.set(text, nodes.length);
      nodes.push(text);
      starts.push(length);
      length += codePointsBefore(text.data, text.data.length);
      const isVisible = visibleText.nodes[v] === text;
      visible.push(isVisible ? v : -1);
      nextVisible.push(v);
      if (isVisible) v++;
    }
    if (node.firstChild && node.nodeType === 1) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { nodes, starts, length, visible: Int32Array.from(visible), nextVisible: Int32Array.from(nextVisible), indexOf };
}

/**
 * The node holding code point `offset`: for a start, the node whose text begins there; for an end,
 * the node whose text ends there. -1 when no node has text at that place.
 */
function nodeAt(content: ContentText, offset: number, isEnd: boolean): number {
  const { starts, nodes } = content;
  let low = 0;
  let high = nodes.length - 1;
  // Last node starting before (end) or at (start) the offset.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (isEnd ? starts[mid]! < offset : starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  // Empty text nodes share their start with the next node; skip back to one that has text.
  while (low > 0 && nodes[low]!.data.length === 0) low--;
  return nodes.length === 0 ? -1 : low;
}

/** The DOM point at code point `offset` of `textContent`, or null past the end. */
export function pointAtPosition(content: ContentText, offset: number, isEnd: boolean): { node: Text; offset: number; index: number } | null {
  if (offset < 0 || offset > content.length || content.nodes.length === 0) return null;
  const index = nodeAt(content, offset, isEnd);
  if (index < 0) return null;
  const node = content.nodes[index]!;
  return { node, offset: codeUnitAt(node.data, offset - content.starts[index]!), index };
}

/** Code-point offset in `textContent` of a point inside one of its text nodes. */
export function positionOfPoint(content: ContentText, node: Text, offset: number): number | undefined {
  const index = content.indexOf.get(node);
  return index === undefined ? undefined : content.starts[index]! + codePointsBefore(node.data, offset);
}

/** Offset in the visible text of a textContent position; hidden text counts as the visible text after it. */
export function visibleOffsetOfPosition(content: ContentText, visibleText: VisibleText, offset: number, isEnd = false): number | undefined {
  const point = pointAtPosition(content, offset, isEnd);
  if (!point) return undefined;
  const v = content.visible[point.index]!;
  if (v >= 0) return offsetInNode(visibleText, v, point.offset);
  const next = content.nextVisible[point.index]!;
  return next < visibleText.nodes.length ? visibleText.starts[next]! : visibleText.text.length;
}

/** The TextPositionSelector for visible-text offsets [start, end), or null when they cover nothing. */
export function positionSelector(content: ContentText, visibleText: VisibleText, start: number, end: number): TextPositionSelector | null {
  const range = rangeFromOffsets(visibleText, start, end);
  if (!range) return null;
  const from = positionOfPoint(content, range.startContainer as Text, range.startOffset);
  const to = positionOfPoint(content, range.endContainer as Text, range.endOffset);
  return from === undefined || to === undefined ? null : { type: 'TextPositionSelector', start: from, end: to };
}

/** The DOM range a TextPositionSelector names, or null when it runs past the end of the text or is empty. */
export function rangeOfPosition(content: ContentText, selector: TextPositionSelector): Range | null {
  if (selector.end <= selector.start) return null;
  const start = pointAtPosition(content, selector.start, false);
  const end = pointAtPosition(content, selector.end, true);
  if (!start || !end) return null;
  const range = start.node.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
