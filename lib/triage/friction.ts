import type { Clustering } from './cluster';
import { targetKey } from './cluster';
import type { TriageRecord } from './record';

/**
 * The friction map's figures for one page: per place people pointed at (field, passage, element), how
 * many suggestions, from whom, and the cluster that holds them. Whole-page suggestions have no place on
 * the page and are left to the board's lists.
 */
export interface FrictionFigure {
  clusterId: string;
  target: TriageRecord['suggestion']['target'];
  count: number;
  claimants: number;
  caseworkers: number;
}

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/** Pages with places to mark, most suggestions first: where the friction map can be opened. */
export function frictionPages(records: readonly TriageRecord[]): Array<{ url: string; title: string; count: number }> {
  const pages = new Map<string, { url: string; title: string; count: number }>();
  for (const { suggestion } of records) {
    if (suggestion.target.kind === 'page') continue;
    const url = withoutSlash(suggestion.page.url);
    const page = pages.get(url) ?? { url: suggestion.page.url, title: suggestion.page.title, count: 0 };
    page.count++;
    pages.set(url, page);
  }
  return [...pages.values()].sort((a, b) => b.count - a.count);
}

export function frictionFigures(records: readonly TriageRecord[], clustering: Clustering, url: string): FrictionFigure[] {
  const places = new Map<string, FrictionFigure>();
  records.forEach(({ suggestion }, index) => {
    if (suggestion.target.kind === 'page' || withoutSlash(suggestion.page.url) !== withoutSlash(url)) return;
    const key = targetKey(suggestion);
    let place = places.get(key);
    if (!place) {
      place = { clusterId: clustering.clusters[clustering.clusterOf[index]!]!.id, target: suggestion.target, count: 0, claimants: 0, caseworkers: 0 };
      places.set(key, place);
    }
    place.count++;
    if (suggestion.authorRole === 'claimant') place.claimants++;
    else if (suggestion.authorRole === 'caseworker') place.caseworkers++;
  });
  return [...places.values()].sort((a, b) => b.count - a.count);
}
