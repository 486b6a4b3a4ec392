/**
 * The page's visible text as one whitespace-normalised string, with a map back to the DOM.
 *
 * Quotes are matched on this string, not on the DOM, so matching is fast and engine-independent.
 * It is built once per batch of targets. Only rendered text counts: a quote must never anchor in a
 * script, a hidden step of a single-page app, or something a person typed (textarea, contenteditable).
 */
import { codePointsBefore } from './code-points';
import { isControl } from './control';

export interface VisibleText {
  /** Visible text of the root, whitespace runs collapsed to one space, a space between blocks. */
  text: string;
  /** Text nodes that contribute to `text`, in document order. */
  nodes: Text[];
  /** Offset in `text` of each node's first contributed character. */
  starts: number[];
  /** Whether each node's leading whitespace was folded into the space before it. */
  foldsLeading: boolean[];
  /**
   * Code-point offset of each node's first character in the root's `textContent`, hidden text and
   * raw whitespace included: where TextPositionSelector offsets count (see text-position.ts).
   */
  positions: number[];
  /** Code points in the root's `textContent`. */
  contentLength: number;
  /** Index of each node in `nodes`, built on first use (see indexOfNode). */
  nodeIndex?: Map<Text, number>;
  /** Rendered form controls, in document order: found in the same walk, as hidden steps hide both. */
  controls: Element[];
}

/** Elements whose content is never rendered as page text, or is what a person typed. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK',
  'SELECT', 'TEXTAREA', 'OPTION', 'DATALIST', 'OBJECT', 'IFRAME', 'CANVAS',
]);

/** Elements a reader sees as separate lines or cells: their text never runs into a neighbour's. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'IMG', 'INPUT', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SELECT',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TEXTAREA', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

/** The characters JavaScript's `\s` matches, so folding here agrees with `replace(/\s+/g, ' ')`. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Collapse whitespace runs to one space and trim: how quotes, labels and page text are compared. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function rootElement(root: Document | Element): Element | null {
  return root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
}

type StyleOf = (element: Element) => CSSStyleDeclaration | null;

function styleReader(element: Element): StyleOf | null {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (el) => {
    try {
      return view.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}

/** Whether the element (and so its subtree) is not rendered at all, or is something a person typed. */
export function isSkipped(element: Element, style: CSSStyleDeclaration | null): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.getAttribute('type') === 'hidden') return true;
  return style?.display === 'none';
}

/**
 * Extract the visible text under `root`. Walks the tree by hand (firstChild/nextSibling) because it
 * is the fastest traversal in both Chromium and happy-dom, and lets whole hidden subtrees be skipped.
 */
export function extractVisibleText(root: Document | Element): VisibleText {
  const start = rootElement(root);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const foldsLeading: boolean[] = [];
  const positions: number[] = [];
  const controls: Element[] = [];
  const parts: string[] = [];
  if (!start) return { text: '', nodes, starts, foldsLeading, positions, contentLength: 0, controls };
  const styleOf = styleReader(start);
  let length = 0;
  // Code points of textContent read so far, hidden text included.
  let content = 0;
  // True when the text so far ends in a space (or is empty): the next whitespace folds into it.
  let afterSpace = true;

  const separate = () => {
    if (!afterSpace) {
      parts.push(' ');
      length++;
      afterSpace = true;
    }
  };

  const visit = (element: Element, visible: boolean, style: CSSStyleDeclaration | null): void => {
    // A reader sees line breaks where the layout has them: block-level tags, or any element that the
    // page's CSS lays out as a block (a hint span under a label), where computed style is available.
    const display = style?.display;
    const block = BLOCK_TAGS.has(element.tagName.toUpperCase()) || (!!display && !display.startsWith('inline') && display !== 'contents');
    if (block) separate();
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const at = content;
        content += codePointsBefore(data);
        if (!visible || data.length === 0) continue;
        let folded = data.replace(/\s+/g, ' ');
        const folds = afterSpace && folded.charCodeAt(0) === 32;
        if (folds) folded = folded.slice(1);
        if (folded.length === 0) continue;
        nodes.push(child as Text);
        starts.push(length);
        positions.push(at);
        foldsLeading.push(afterSpace);
        parts.push(folded);
        length += folded.length;
        afterSpace = folded.charCodeAt(folded.length - 1) === 32;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const childStyle = styleOf?.(el) ?? null;
        const control = isControl(el);
        if (control && visible && !hiddenControl(el, childStyle)) controls.push(el);
        // A button's caption is page text; the content of other controls is what a person typed.
        if ((control && el.tagName.toUpperCase() !== 'BUTTON') || isSkipped(el, childStyle)) {
          // A form control still separates the words around it.
          if (BLOCK_TAGS.has(el.tagName.toUpperCase())) separate();
          content += codePointsBefore(el.textContent ?? '');
          continue;
        }
        // `visibility` is inherited but a child may turn it back on, so it is read per element.
        const v = childStyle?.visibility;
        const childVisible = v ? v !== 'hidden' && v !== 'collapse' : visible;
        visit(el, childVisible, childStyle);
      }
    }
    if (block) separate();
  };

  visit(start, true, null);
  let text = parts.join('');
  // Drop the trailing separator so the text ends with what a person reads.
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return { text, nodes, starts, foldsLeading, positions, contentLength: content, controls };
}

function hiddenControl(control: Element, style: CSSStyleDeclaration | null): boolean {
  return control.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden';
}

/** Index of the node holding text offset `offset` (the last node starting at or before it). */
export function nodeIndexAt(index: VisibleText, offset: number): number {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Walk a node's data as the folded text sees it: `visit(raw, folded)` for each character that survives
 * folding, with its raw offset and its index among the survivors, until `visit` returns true.
 */
function scanFolded(data: string, foldsLeading: boolean, visit: (raw: number, folded: number) => boolean): void {
  let folded = 0;
  let inSpace = foldsLeading;
  for (let raw = 0; raw < data.length; raw++) {
    const space = isSpace(data.charCodeAt(raw));
    if (space && inSpace) continue;
    inSpace = space;
    if (visit(raw, folded)) return;
    folded++;
  }
}

/** Raw offset in a node's data of its `count`-th contributed (normalised) character. */
function rawOffset(data: string, foldsLeading: boolean, count: number): number {
  let offset = data.length;
  scanFolded(data, foldsLeading, (raw, folded) => folded === count && ((offset = raw), true));
  return offset;
}

/** Number of normalised characters a node contributes before raw offset `raw`. */
function normalisedCount(data: string, foldsLeading: boolean, before: number): number {
  let count = 0;
  scanFolded(data, foldsLeading, (raw, folded) => raw >= before || ((count = folded + 1), false));
  return count;
}

/** A DOM range covering text offsets [start, end) of `index.text`, or null for an empty span. */
export function rangeFromOffsets(index: VisibleText, start: number, end: number): Range | null {
  if (index.nodes.length === 0 || end <= start) return null;
  const first = nodeIndexAt(index, start);
  const last = nodeIndexAt(index, end - 1);
  const startNode = index.nodes[first]!;
  const endNode = index.nodes[last]!;
  // An offset may fall on a separator between blocks; clamp it into the neighbouring node.
  const startInNode = Math.max(0, start - index.starts[first]!);
  const endInNode = Math.max(0, end - 1 - index.starts[last]!);
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(rawOffset(startNode.data, index.foldsLeading[first]!, startInNode), startNode.data.length));
  range.setEnd(endNode, Math.min(rawOffset(endNode.data, index.foldsLeading[last]!, endInNode) + 1, endNode.data.length));
  return range;
}

/** Offset in `index.text` of raw offset `raw` inside the `i`-th indexed node. */
export function offsetInNode(index: VisibleText, i: number, raw: number): number {
  return index.starts[i]! + normalisedCount(index.nodes[i]!.data, index.foldsLeading[i]!, raw);
}

/**
 * Offset in `index.text` of a DOM boundary point. Points inside text that is not indexed (hidden)
 * resolve to the next indexed text.
 */
export function offsetOfPoint(index: VisibleText, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = indexOfNode(index, container as Text);
    if (i >= 0) return offsetInNode(index, i, offset);
  }
  // The first indexed node at or after the point, found by binary search in document order.
  const reference = container.nodeType === 3 ? container : (container.childNodes[offset] ?? null);
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const node = index.nodes[mid]!;
    const isBefore = reference
      ? node === reference || (reference.compareDocumentPosition(node) & 4) !== 0 // FOLLOWING
      : !container.contains(node) && (container.compareDocumentPosition(node) & 4) !== 0;
    if (isBefore) high = mid;
    else low = mid + 1;
  }
  return low < index.nodes.length ? index.starts[low]! : index.text.length;
}

/** Index of a text node in `index.nodes`, or -1 when it contributes no visible text. */
export function indexOfNode(index: VisibleText, node: Text): number {
  index.nodeIndex ??= new Map(index.nodes.map((text, i) => [text, i]));
  return index.nodeIndex.get(node) ?? -1;
}

/**
 * Offsets of an element's visible text, trimmed of spaces, or null when nothing of it is visible.
 * Reads only the element's own text nodes: cheap for the small elements it is asked about.
 */
export function spanOf(index: VisibleText, element: Element): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = indexOfNode(index, node as Text);
    if (i < 0) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  let start = index.starts[first]!;
  let end = offsetInNode(index, last, index.nodes[last]!.data.length);
  while (start < end && index.text.charCodeAt(start) === 32) start++;
  while (end > start && index.text.charCodeAt(end - 1) === 32) end--;
  return end > start ? { start, end } : null;
}
