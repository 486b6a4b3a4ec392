/**
 * What a person sees of a form control: its label, the legends of the groups around it, its kind.
 * Never its value: describing a field must not read what someone typed (Sozialdatenschutz), so this
 * file only reads attributes and the text of labels and legends, never `.value` or `.checked`.
 */
import type { FieldControlType } from '../model';
import { controlOf, controlType, isControl } from './control';
import { isSkipped, normalizeSpace } from './visible-text';

/** A control as it appears to a person, the unit that field anchoring compares. */
export interface FieldInfo {
  element: Element;
  label: string;
  /** Names of the enclosing groups (fieldset legends, named sections and groups), outermost first. */
  legends: string[];
  controlType: FieldControlType;
  name?: string;
  id?: string;
  form?: string;
}

/**
 * Visible text of an element without the controls inside it (a label wrapping a select must not
 * pick up the option texts) and without decoration hidden from assistive technology (the "*" of a
 * required field), whitespace-normalised: the label as a person would name it.
 */
export function textOf(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el, null) || isControl(el) || el.getAttribute('aria-hidden') === 'true') {
          parts.push(' ');
          continue;
        }
        walk(el);
      }
    }
  };
  walk(element);
  return normalizeSpace(parts.join(''));
}

/** Labels in a document, by the id they point at, built once per batch. */
export class LabelIndex {
  private readonly byFor = new Map<string, Element[]>();
  private readonly legendCache = new Map<Element, string>();
  /** Identity of each form met so far: every field of a form asks for it. */
  private readonly formCache = new Map<Element, string | undefined>();

  constructor(private readonly scope: Document | Element) {
    for (const label of scope.querySelectorAll('label[for]')) {
      const id = label.getAttribute('for')!;
      const list = this.byFor.get(id);
      if (list) list.push(label);
      else this.byFor.set(id, [label]);
    }
  }

  private byIds(ids: string): string {
    const doc = this.scope.nodeType === 9 ? (this.scope as Document) : this.scope.ownerDocument!;
    return normalizeSpace(
      ids
        .split(/\s+/)
        .map((id) => doc.getElementById(id))
        .filter((el): el is HTMLElement => el !== null)
        .map(textOf)
        .join(' '),
    );
  }

  /** The label a person reads next to the control, most visible source first. */
  labelOf(control: Element): string {
    const id = control.getAttribute('id');
    const texts: string[] = [];
    if (id) for (const label of this.byFor.get(id) ?? []) texts.push(textOf(label));
    const wrapping = control.closest('label');
    if (wrapping && !(id && wrapping.getAttribute('for') === id)) texts.push(textOf(wrapping));
    const fromLabels = normalizeSpace(texts.join(' '));
    if (fromLabels) return fromLabels;
    const labelledBy = control.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = this.byIds(labelledBy);
      if (text) return text;
    }
    if (control.tagName.toLowerCase() === 'button') {
      const text = textOf(control);
      if (text) return text;
    }
    for (const attribute of ['aria-label', 'placeholder', 'title']) {
      const text = normalizeSpace(control.getAttribute(attribute) ?? '');
      if (text) return text;
    }
    return '';
  }

  /** Names of the groups around the control, outermost first. */
  legendsOf(control: Element): string[] {
    const legends: string[] = [];
    for (let el = control.parentElement; el; el = el.parentElement) {
      const name = this.groupName(el);
      if (name) legends.unshift(name);
    }
    return legends;
  }

  private groupName(el: Element): string {
    const cached = this.legendCache.get(el);
    if (cached !== undefined) return cached;
    let name = '';
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute('role');
    if (tag === 'fieldset') {
      const legend = [...el.children].find((child) => child.tagName.toLowerCase() === 'legend');
      if (legend) name = textOf(legend);
    }
    // Named sections and groups are headings a person reads above the field, like a legend.
    if (!name && (tag === 'fieldset' || tag === 'section' || role === 'group' || role === 'radiogroup' || role === 'region')) {
      const labelledBy = el.getAttribute('aria-labelledby');
      name = (labelledBy && this.byIds(labelledBy)) || normalizeSpace(el.getAttribute('aria-label') ?? '');
    }
    this.legendCache.set(el, name);
    return name;
  }

  formOf(control: Element): string | undefined {
    const form = control.closest('form');
    if (!form) return undefined;
    if (this.formCache.has(form)) return this.formCache.get(form);
    const labelledBy = form.getAttribute('aria-labelledby');
    const identity =
      form.getAttribute('id') ||
      form.getAttribute('name') ||
      normalizeSpace(form.getAttribute('aria-label') ?? '') ||
      (labelledBy ? this.byIds(labelledBy) : '') ||
      undefined;
    this.formCache.set(form, identity);
    return identity;
  }

  info(control: Element): FieldInfo {
    const info: FieldInfo = {
      element: control,
      label: this.labelOf(control),
      legends: this.legendsOf(control),
      controlType: controlType(control),
    };
    const name = control.getAttribute('name');
    const id = control.getAttribute('id');
    const form = this.formOf(control);
    if (name) info.name = name;
    if (id) info.id = id;
    if (form) info.form = form;
    return info;
  }
}

/** Comparable form of a label: case, required-markers and trailing colons do not change the field. */
export function labelKey(label: string): string {
  return normalizeSpace(label.toLowerCase().replace(/[*:]/g, ' ').replace(/\((pflichtfeld|optional|freiwillig)\)/g, ' '));
}

/** How long a target's label may be (`describe` shortens every label to this). */
export const LABEL_LENGTH = 200;

/** The text cut at a word boundary near `length`, when it is longer. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return text.slice(0, cut > length / 2 ? cut : length);
}

/**
 * The label `describe` gives the field `element` belongs to, read without the rest of the page (its visible
 * text, quotes, paths): enough to name "the field you were in" before anything is pointed at. Undefined for
 * anything but a field, and for a field without a label.
 */
export function labelOfField(element: Element, root: Document | Element): string | undefined {
  const control = controlOf(element);
  const label = control ? new LabelIndex(root).labelOf(control) : '';
  return label ? shorten(label, LABEL_LENGTH) : undefined;
}
