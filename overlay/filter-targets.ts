import type { AnnotationTarget } from '../lib/model';

/** Targets whose label contains every word of the query, ignoring case and accents. */
export function filterTargets<Listed extends { target: AnnotationTarget }>(targets: readonly Listed[], query: string): Listed[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return targets.filter(({ target }) => {
    const label = fold(target.label ?? '');
    return words.every((word) => label.includes(word));
  });
}
