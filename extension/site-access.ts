import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SITES, matches, PAGE_SCRIPT, sitePattern, toPattern } from './sites';

/**
 * Sites beyond the defaults (extension/sites.ts): each needs its host permission (asked for in the
 * popup, a click of the person) and a content script registered for it, which the browser keeps across
 * restarts (`persistAcrossSessions`). A site without both gets no content script at all.
 */

const ID_PREFIX = 'mitgestalten-site:';
/** The page script as the scripting API names files: from the extension's root. */
const SCRIPT_FILE = `/${PAGE_SCRIPT}` as const;
/**
 * The sites enabled at runtime, kept by the extension as well: the browser drops registered content scripts
 * when the extension is updated or reloaded, and the background registers them again from here.
 */
const ENABLED_KEY = 'local:enabledSites';

/** The patterns of the sites enabled at runtime (by the person or the policy). */
export async function enabledSites(): Promise<string[]> {
  return (await storage.getItem<string[]>(ENABLED_KEY)) ?? [];
}

// One change after the other: several sites enabled at once (IT's list) must not overwrite each other.
let changing: Promise<void> = Promise.resolve();
function remember(change: (sites: string[]) => string[]): Promise<void> {
  changing = changing.catch(() => undefined).then(async () => storage.setItem(ENABLED_KEY, change(await enabledSites())));
  return changing;
}

/** Register again what the browser dropped (an update, a reload); once when the background starts. */
export async function restoreSites(): Promise<void> {
  await Promise.all((await enabledSites()).map(enableSite));
}

/**
 * Enable a site whose host permission was granted: register its content script (once) and start it in the
 * tabs already open on it. Does nothing without the permission.
 */
export async function enableSite(pattern: string): Promise<boolean> {
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  if (DEFAULT_SITES.includes(pattern)) return true;
  const id = `${ID_PREFIX}${pattern}`;
  await remember((sites) => (sites.includes(pattern) ? sites : [...sites, pattern]));
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) return true;
  await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
  const open = await browser.tabs.query({ url: pattern });
  await Promise.all(
    open.map((tab) =>
      tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
  return true;
}

/** Stop running on a site: its content script goes (pages opened later get none); the permission is the caller's. */
export async function disableSite(pattern: string): Promise<void> {
  const id = `${ID_PREFIX}${pattern}`;
  await remember((sites) => sites.filter((site) => site !== pattern));
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Where a tab's address stands: runs there, could run after the person allows it, or never (browser pages). */
export type SiteState = { kind: 'active'; pattern: string } | { kind: 'can-enable'; pattern: string } | { kind: 'unsupported' };

export async function siteState(url: string | undefined, policySites: readonly string[], sitesLocked: boolean): Promise<SiteState> {
  const pattern = url ? sitePattern(url) : undefined;
  if (!url || !pattern) return { kind: 'unsupported' };
  const known = [...DEFAULT_SITES, ...(await enabledSites())].find((candidate) => matches(candidate, url));
  if (known && (await browser.permissions.contains({ origins: [known] }))) return { kind: 'active', pattern: known };
  const fromPolicy = policySites.map(toPattern).find((candidate): candidate is string => !!candidate && matches(candidate, url));
  if (fromPolicy) return { kind: 'can-enable', pattern: fromPolicy };
  // Where IT fixed the list of sites, the person adds none of their own.
  return sitesLocked ? { kind: 'unsupported' } : { kind: 'can-enable', pattern };
}
