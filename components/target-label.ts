import { describe } from '../lib/anchoring';
import type { Translate } from '../lib/i18n';
import type { AnnotationTarget } from '../lib/model';

const MAX_LENGTH = 80;

function shorten(label: string): string {
  return label.length > MAX_LENGTH ? `${label.slice(0, MAX_LENGTH - 1)}…` : label;
}

/** How a target is named for a person: "Feld: Kaltmiete", "Text: „…“". */
export function targetLabel(target: AnnotationTarget, t: Translate): string {
  return t(`target.${target.kind}`, { label: shorten(target.label ?? '') });
}

/** The visible label of a page's form field, as anchoring reads it (never the field's value). */
export function describeFieldLabel(field: Element): string | undefined {
  const label = describe(field).label;
  return label ? shorten(label) : undefined;
}
