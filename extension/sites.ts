/**
 * Where the extension runs without asking: the demo pages and the Jobcenter portals it is deployed for.
 * The one list: wxt.config.ts grants host access to exactly these, the content script matches exactly
 * these. Further sites come at runtime, each with its own permission: from the toolbar popup ("Mitgestalten
 * auf dieser Seite aktivieren") or from IT's policy (`allowedSites`). Pure data and functions: WXT reads this
 * at build time.
 */
export const DEFAULT_SITES = ['http://localhost/*', 'http://127.0.0.1/*', 'https://*.jobcenter.digital/*', 'https://*.jobcenter-ge.de/*'];

/** The script every page view of an allowed site runs (entrypoints/page-boot.ts, as built). */
export const PAGE_SCRIPT = 'page-boot.js';

/** The match pattern for a whole site: every page of the address's host, on any port. */
export function sitePattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** A site as IT writes it in the policy (an origin, `https://fachverfahren.intern`, or a match pattern), as a match pattern. */
export function toPattern(site: string): string | undefined {
  if (/^(https?|\*):\/\/[^/]+\/.*$/.test(site) && site.includes('*')) return site;
  return sitePattern(site);
}

/** Whether `url` is matched by `pattern` (scheme, host with an optional `*.` prefix, path with `*`; any port). */
export function matches(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const schemeOk = scheme === '*' ? address.protocol === 'http:' || address.protocol === 'https:' : address.protocol === `${scheme}:`;
  const hostOk = host === '*' || (host.startsWith('*.') ? address.hostname === host.slice(2) || address.hostname.endsWith(host.slice(1)) : address.hostname === host.replace(/:\d+$/, ''));
  const pathRegex = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return schemeOk && hostOk && pathRegex.test(address.pathname);
}
