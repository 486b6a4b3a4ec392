/**
 * TextPositionSelector offsets as the W3C Web Annotation model defines them and Apache Annotator
 * writes them: Unicode code points of the root's `textContent` (all text, hidden text included, no
 * whitespace folding). Hypothesis and dom-anchor-text-position count UTF-16 code units instead; both
 * agree wherever no character outside the Basic Multilingual Plane (an emoji, say) comes first.
 *
 * Quotes are matched on the visible text (visible-text.ts), which records where each of its nodes
 * starts in `textContent`; this file translates between the two.
 */
import type { TextPositionSelector } from '../model';
import { codePointsBefore, codeUnitAt } from './code-points';
import { nodeIndexAt, offsetInNode, rangeFromOffsets, type VisibleText } from './visible-text';

/** Index of the last visible node starting before (`isEnd`) or at a textContent position; -1 if none. */
function nodeAtPosition(index: VisibleText, position: number, isEnd: boolean): number {
  let low = -1;
  let high = index.positions.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (isEnd ? index.positions[mid]! < position : index.positions[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Offset in the visible text of a textContent position, or undefined past the end of the text. A
 * position in text nobody sees (hidden, a script) counts as the visible text after it for a start,
 * before it for an end.
 */
export function visibleOffsetOfPosition(index: VisibleText, position: number, isEnd = false): number | undefined {
  if (position < 0 || position > index.contentLength) return undefined;
  const i = nodeAtPosition(index, position, isEnd);
  if (i >= 0) {
    const data = index.nodes[i]!.data;
    const within = position - index.positions[i]!;
    const length = codePointsBefore(data);
    if (isEnd ? within <= length : within < length) return offsetInNode(index, i, codeUnitAt(data, within));
    if (isEnd) return offsetInNode(index, i, data.length);
  }
  if (isEnd) return 0;
  return i + 1 < index.nodes.length ? index.starts[i + 1]! : index.text.length;
}

/** The TextPositionSelector for visible-text offsets [start, end), or null when they cover nothing. */
export function positionSelector(index: VisibleText, start: number, end: number): TextPositionSelector | null {
  const range = rangeFromOffsets(index, start, end);
  if (!range) return null;
  const first = nodeIndexAt(index, start);
  const last = nodeIndexAt(index, end - 1);
  return {
    type: 'TextPositionSelector',
    start: index.positions[first]! + codePointsBefore(index.nodes[first]!.data, range.startOffset),
    end: index.positions[last]! + codePointsBefore(index.nodes[last]!.data, range.endOffset),
  };
}

/**
 * The visible text a TextPositionSelector names, as a DOM range; null when it runs past the end of the
 * text, is empty, or covers nothing a person sees.
 */
export function rangeOfPosition(index: VisibleText, selector: TextPositionSelector): Range | null {
  const start = visibleOffsetOfPosition(index, selector.start);
  const end = visibleOffsetOfPosition(index, selector.end, true);
  if (start === undefined || end === undefined || end <= start || selector.end <= selector.start) return null;
  return rangeFromOffsets(index, start, end);
}
