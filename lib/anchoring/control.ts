/**
 * Which elements are form controls, what kind they are, and which control a person means when they
 * point at a label. Reads tag names and attributes only, never a control's value.
 */
import type { FieldControlType } from '../model';

export const CONTROL_SELECTOR = 'input, select, textarea, button';

const TEXT_LIKE: ReadonlySet<string> = new Set(['text', 'email', 'tel', 'number', 'date', 'month', 'password', 'search', 'url']);

export function controlType(control: Element): FieldControlType {
  const tag = control.tagName.toLowerCase();
  if (tag === 'select') return 'select';
  if (tag === 'textarea') return 'textarea';
  if (tag === 'button') return 'button';
  const type = (control.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'submit' || type === 'reset' || type === 'image' || type === 'button') return 'button';
  if (TEXT_LIKE.has(type) || type === 'checkbox' || type === 'radio' || type === 'file') return type as FieldControlType;
  return 'other';
}

/** Whether two control types are one field to a person (a text box that became an e-mail box). */
export function typesCompatible(a: FieldControlType, b: FieldControlType): boolean {
  return a === b || (TEXT_LIKE.has(a) && TEXT_LIKE.has(b)) || (TEXT_LIKE.has(a) && b === 'textarea') || (a === 'textarea' && TEXT_LIKE.has(b));
}

export function isControl(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'input') return (element.getAttribute('type') ?? '').toLowerCase() !== 'hidden';
  return tag === 'select' || tag === 'textarea' || tag === 'button';
}

/** The control a person means when pointing at a control, its label, or something inside a label. */
export function controlOf(element: Element): Element | null {
  if (isControl(element)) return element;
  const label = element.closest('label');
  if (!label) return null;
  const target = label.getAttribute('for');
  if (target) {
    const byId = label.ownerDocument.getElementById(target);
    if (byId && isControl(byId)) return byId;
  }
  return [...label.querySelectorAll(CONTROL_SELECTOR)].find(isControl) ?? null;
}


function controlsIn(element: Element): Element[] {
  return [...element.querySelectorAll(CONTROL_SELECTOR)].filter(isControl);
}

/** Elements that group whole parts of a page: a control that is alone in one does not own its text. */
const GROUPING_TAGS = new Set(['BODY', 'MAIN', 'ARTICLE', 'SECTION', 'FORM', 'FIELDSET', 'DIALOG']);

/**
 * The field a piece of page text belongs to: the one control in the nearest enclosing element that
 * has any (a hint under a label, the label itself), or null when that element holds several controls
 * (a group's question) or is a whole part of the page (a section whose only control is a reply box).
 */
export function owningControl(element: Element): Element | null {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const controls = controlsIn(el);
    if (controls.length > 0) return controls.length === 1 && !GROUPING_TAGS.has(el.tagName.toUpperCase()) ? controls[0]! : null;
  }
  return null;
}

/** Everything that belongs to a control's field: its largest enclosing element without another control. */
export function fieldContainer(control: Element): Element {
  let container = control;
  for (let el = control.parentElement; el && controlsIn(el).length === 1; el = el.parentElement) container = el;
  return container;
}
