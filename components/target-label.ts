import type { Translate } from '../lib/i18n';
import type { AnnotationTarget } from '../lib/model';

/** How a target is named for a person: "Feld: Kaltmiete", "Text: „…“". */
export function targetLabel(target: AnnotationTarget, t: Translate): string {
  const label = target.label ?? '';
  const short = label.length > 80 ? `${label.slice(0, 77)}…` : label;
  return t(`target.${target.kind}`, { label: short });
}
