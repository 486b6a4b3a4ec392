import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { parseWith, type Policy } from '../lib/model';
import { enableSite } from './site-access';
import { toPattern } from './sites';

export const ENABLE_SITE_CHANNEL = 'mitgestalten/enable-site';

const EnableSiteRequest = z.object({ channel: z.literal(ENABLE_SITE_CHANNEL), pattern: z.string().check(z.maxLength(300)) });

/**
 * Sites the person asked for in the popup, until the browser's permission prompt is answered. Chrome closes the
 * popup when its prompt opens, so the background finishes the job when the permission arrives; a permission
 * for anything else (the backlog's host, asked for on the options page) brings no content script.
 */
const WANTED_KEY = 'session:wantedSites';

/** Whether the person may add `pattern` themselves: not where IT locked the list to its own sites. */
export function mayEnable(pattern: string, policy: Policy): boolean {
  if (!(policy.locked ?? []).includes('allowedSites')) return true;
  return (policy.allowedSites ?? []).some((site) => toPattern(site) === pattern);
}

/**
 * The popup's "activate on this site", sent before it asks the browser for the permission (and again after,
 * when the popup is still open): the site is enabled as soon as the permission is there. Returns undefined for
 * other channels.
 */
export function serveSites(message: unknown, fromExtensionPage: boolean, policy: () => Promise<Policy>): Promise<unknown> | undefined {
  if ((message as { channel?: unknown } | null)?.channel !== ENABLE_SITE_CHANNEL) return undefined;
  return Promise.resolve().then(async () => {
    // Only the extension's own pages (the popup) enable sites, never a content script a page could steer.
    if (!fromExtensionPage) throw new Error('not an extension page');
    const { pattern } = parseWith(EnableSiteRequest, message, 'site request');
    if (!mayEnable(pattern, await policy())) return { enabled: false };
    const wanted = (await storage.getItem<string[]>(WANTED_KEY)) ?? [];
    if (!wanted.includes(pattern)) await storage.setItem(WANTED_KEY, [...wanted, pattern]);
    return { enabled: await enableSite(pattern) };
  });
}

/** The browser granted host permissions: enable those the person asked for in the popup, or IT listed. */
export async function permissionsGranted(origins: readonly string[], policy: Policy): Promise<void> {
  const wanted = (await storage.getItem<string[]>(WANTED_KEY)) ?? [];
  const listed = (policy.allowedSites ?? []).map(toPattern);
  await Promise.all(origins.filter((origin) => wanted.includes(origin) || listed.includes(origin)).map(enableSite));
}
