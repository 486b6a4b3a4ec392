import { z } from 'zod';
import { parseWith, type Policy } from '../lib/model';
import { enableSite } from './site-access';
import { toPattern } from './sites';

export const ENABLE_SITE_CHANNEL = 'mitgestalten/enable-site';

const EnableSiteRequest = z.object({ channel: z.literal(ENABLE_SITE_CHANNEL), pattern: z.string().max(300) });

/** Whether the person may add `pattern` themselves: not where IT locked the list to its own sites. */
export function mayEnable(pattern: string, policy: Policy): boolean {
  if (!(policy.locked ?? []).includes('allowedSites')) return true;
  return (policy.allowedSites ?? []).some((site) => toPattern(site) === pattern);
}

/**
 * The popup's "activate on this site", after the browser granted the permission: the background registers
 * the content script (the popup may already be closed). Returns undefined for other channels.
 */
export function serveSites(message: unknown, policy: () => Promise<Policy>): Promise<unknown> | undefined {
  if ((message as { channel?: unknown } | null)?.channel !== ENABLE_SITE_CHANNEL) return undefined;
  return Promise.resolve().then(async () => {
    const { pattern } = parseWith(EnableSiteRequest, message, 'site request');
    if (!mayEnable(pattern, await policy())) return { enabled: false };
    return { enabled: await enableSite(pattern) };
  });
}
