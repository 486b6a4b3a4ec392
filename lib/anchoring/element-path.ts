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

/** A CSS selector for `element`: from the nearest ancestor with a unique id, by `:nth-of-type`. */
export function cssPath(element: Element, root: Document | Element): string {
  const top = within(root);
  const doc = element.ownerDocument;
  const steps: string[] = [];
  for (let el: Element | null = element; el; el = el.parentElement) {
    const id = el.getAttribute('id');
    if (id && doc.querySelectorAll(`#${cssEscape(id)}`).length === 1) {
      steps.unshift(`#${cssEscape(id)}`);
      break;
    }
    const tag = el.tagName.toLowerCase();
    const parent: Element | null = el.parentElement;
    if (!parent || el === top) {
      steps.unshift(tag);
      break;
    }
    const sameTag = [...parent.children].filter((child) => child.tagName === el!.tagName);
    steps.unshift(sameTag.length === 1 ? tag : `${tag}:nth-of-type(${sameTag.indexOf(el) + 1})`);
  }
  return steps.join(' > ');
}

/**
 * An XPath from `root` to the element, in the form Hypothesis writes: steps from the root's children
 * (`/html[1]/body[1]/main[1]/h2[3]` for a document, `/div[5]/ul[1]/li[1]` below an element root).
 */
export function xpath(element: Element, root: Document | Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
    const tag = el.tagName.toLowerCase();
    let position = 1;
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.tagName === el.tagName) position++;
    }
    steps.unshift(`${tag}[${position}]`);
  }
  return '/' + steps.join('/');
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
