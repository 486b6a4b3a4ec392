import { describeAll } from '../lib/anchoring';
import type { AnnotationTarget } from '../lib/model';

export interface PageTarget {
  element: Element;
  target: AnnotationTarget;
  /** 'field' for form controls, 'section' for headings, legends and steps. */
  group: 'field' | 'section';
}

const FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea';
const SECTIONS = 'h1, h2, h3, h4, legend, [aria-current="step"]';

function isShown(element: Element): boolean {
  // checkVisibility is what the browser itself uses; without it (older engines), keep the element.
  return typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true });
}

/**
 * Everything on the page a person can make a suggestion about, by its visible label, in page order:
 * the keyboard and screen-reader way to choose a target without pointing. The page is read once for
 * all entries, so a form with a thousand fields lists in a moment.
 */
export function listPageTargets(doc: Document, isOwnNode: (node: Element) => boolean): PageTarget[] {
  const entries = listedElements(doc, isOwnNode);
  const descriptions = describeAll(entries.map(({ element }) => element), doc);
  const targets: PageTarget[] = [];
  entries.forEach(({ element, group }, i) => {
    // A group is named by its question (the legend), not by the question and every answer after it.
    const legend = element.localName === 'fieldset' ? element.querySelector(':scope > legend')?.textContent?.replace(/\s+/g, ' ').trim() : undefined;
    const target = legend ? { ...descriptions[i]!, label: legend } : descriptions[i]!;
    if (target.label) targets.push({ element, target, group });
  });
  return targets;
}

/** The elements the list offers, in page order, each once. */
function listedElements(doc: Document, isOwnNode: (node: Element) => boolean): Array<Pick<PageTarget, 'element' | 'group'>> {
  const entries: Array<Pick<PageTarget, 'element' | 'group'>> = [];
  const seenRadioGroups = new Set<string>();
  for (const element of doc.body.querySelectorAll(`${FIELDS}, ${SECTIONS}`)) {
    if (isOwnNode(element) || !isShown(element)) continue;
    // A radio group's question is listed once, as the group (below), not again as a section.
    if (element.localName === 'legend' && element.parentElement?.querySelector('input[type="radio"]')) continue;
    const isField = element.matches(FIELDS);
    let described: Element = element;
    // One entry per radio group, named by its question: people think of the question, not each answer.
    if (isField && element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      if (seenRadioGroups.has(element.name)) continue;
      seenRadioGroups.add(element.name);
      described = element.closest('fieldset') ?? element;
    }
    entries.push({ element: described, group: isField ? 'field' : 'section' });
  }
  return entries;
}
