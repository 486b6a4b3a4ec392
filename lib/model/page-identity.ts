import type { PageInfo } from './suggestion';

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/**
 * Whether two suggestions were made on the same page. A single-page application shows one step under
 * several addresses (`/buergergeld/` and `/buergergeld/persoenliche-daten` both show the first step), so the
 * raw address is not enough: the same step of the same application (same site, same step as the page
 * marks it, same title) counts as the same page as well.
 */
export function isSamePage(a: PageInfo, b: PageInfo): boolean {
  if (a.url === b.url) return true;
  return a.step !== undefined && a.step === b.step && a.title === b.title && originOf(a.url) === originOf(b.url);
}

/** A key that changes exactly when the page a person is on changes, for watching single-page applications. */
export function pageIdentity(page: PageInfo): string {
  return JSON.stringify([page.step ? `${originOf(page.url)}|${page.title}|${page.step}` : page.url]);
}

export { originOf };
