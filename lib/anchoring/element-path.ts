/**
 * CSS and XPath paths to an element. They are the brittle part of a description (a redesign changes
 * them), kept for interoperability and as a last resort; they never decide against what the label or
 * the wording says.
 */

function within(root: Document | Element): Element | null {
  return root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
}

function cssEscape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char}`).replace(/^(\d)/, '\\3$1 ');
}

/** Where an element stands among its siblings of the same tag. */
interface SiblingPlace {
  /** 1-based position among siblings with the same tag. */
  position: number;
  /** How many siblings (itself included) have that tag. */
  sameTag: number;
}

/**
 * Paths to the elements of one page. Many paths share their upper steps (every field of a form), so
 * sibling positions and which ids are unique are worked out once per page, not once per path.
 */
export class ElementPaths {
  private readonly places = new Map<Element, SiblingPlace>();
  private idCounts?: Map<string, number>;

  constructor(private readonly root: Document | Element) {}

  private place(element: Element): SiblingPlace {
    let place = this.places.get(element);
    if (place) return place;
    const parent = element.parentElement;
    const siblings = parent ? [...parent.children] : [element];
    const counts = new Map<string, number>();
    for (const sibling of siblings) counts.set(sibling.tagName, (counts.get(sibling.tagName) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const sibling of siblings) {
      const position = (seen.get(sibling.tagName) ?? 0) + 1;
      seen.set(sibling.tagName, position);
      this.places.set(sibling, { position, sameTag: counts.get(sibling.tagName)! });
    }
    place = this.places.get(element)!;
    return place;
  }

  private isUniqueId(element: Element, id: string): boolean {
    if (!this.idCounts) {
      this.idCounts = new Map();
      for (const withId of element.ownerDocument.querySelectorAll('[id]')) {
        const value = withId.getAttribute('id')!;
        this.idCounts.set(value, (this.idCounts.get(value) ?? 0) + 1);
      }
    }
    return this.idCounts.get(id) === 1;
  }

  /** A CSS selector for `element`: from the nearest ancestor with a unique id, by `:nth-of-type`. */
  css(element: Element): string {
    const top = within(this.root);
    const steps: string[] = [];
    for (let el: Element | null = element; el; el = el.parentElement) {
      const id = el.getAttribute('id');
      if (id && this.isUniqueId(el, id)) {
        steps.unshift(`#${cssEscape(id)}`);
        break;
      }
      const tag = el.tagName.toLowerCase();
      if (!el.parentElement || el === top) {
        steps.unshift(tag);
        break;
      }
      const { position, sameTag } = this.place(el);
      steps.unshift(sameTag === 1 ? tag : `${tag}:nth-of-type(${position})`);
    }
    return steps.join(' > ');
  }

  /**
   * An XPath from the root to the element, in the form Hypothesis writes: steps from the root's
   * children (`/html[1]/body[1]/main[1]/h2[3]` for a document, `/div[5]/ul[1]/li[1]` below an element root).
   */
  xpath(element: Element): string {
    const steps: string[] = [];
    for (let el: Element | null = element; el && el !== this.root; el = el.parentElement) {
      steps.unshift(`${el.tagName.toLowerCase()}[${this.place(el).position}]`);
    }
    return '/' + steps.join('/');
  }
}

/** A CSS selector for `element`: from the nearest ancestor with a unique id, by `:nth-of-type`. */
export function cssPath(element: Element, root: Document | Element): string {
  return new ElementPaths(root).css(element);
}

/** An XPath from `root` to the element (see ElementPaths.xpath). */
export function xpath(element: Element, root: Document | Element): string {
  return new ElementPaths(root).xpath(element);
}

/** Tag name of the last step of an XPath written by `xpath` (or by another tool in that form). */
export function xpathTag(path: string): string | undefined {
  const match = /\/([a-zA-Z][\w-]*)(?:\[\d+\])?\s*$/.exec(path);
  return match?.[1]?.toLowerCase();
}

/** The element a CSS selector names, or null (also for selectors this engine cannot parse). */
export function resolveCss(value: string, root: Document | Element): Element | null {
  try {
    return root.querySelector(value);
  } catch {
    return null;
  }
}

/**
 * The element an absolute XPath names, resolved by walking child elements (no `document.evaluate`,
 * which happy-dom lacks and which would accept arbitrary expressions).
 */
export function resolveXPath(value: string, root: Document | Element): Element | null {
  const steps = value.split('/').filter(Boolean);
  let current: Element | Document = root;
  for (const step of steps) {
    const match = /^([a-zA-Z][\w-]*)(?:\[(\d+)\])?$/.exec(step);
    if (!match) return null;
    const tag = match[1]!.toLowerCase();
    const position = Number(match[2] ?? '1');
    const children: Element[] = [...(current as ParentNode).children].filter((child) => child.tagName.toLowerCase() === tag);
    const next = children[position - 1];
    if (!next) return null;
    current = next;
  }
  return current.nodeType === 1 ? (current as Element) : null;
}
