import type { Translate } from '../lib/i18n';
import type { AnnotationTarget } from '../lib/model';

const MAX_LENGTH = 80;

/** A label short enough for a button or a list line. */
export function shortLabel(label: string): string {
  return label.length > MAX_LENGTH ? `${label.slice(0, MAX_LENGTH - 1)}…` : label;
}

/** How a target is named for a person: "Feld: Kaltmiete", "Text: „…“". */
export function targetLabel(target: AnnotationTarget, t: Translate): string {
  return t(`target.${target.kind}`, { label: shortLabel(target.label ?? '') });
}
