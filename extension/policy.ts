import { browser } from 'wxt/browser';
import { Policy, type Policy as PolicyType } from '../lib/model';

/**
 * IT's managed policy (storage.managed, public/managed-schema.json), read field by field: a wrong value
 * in one setting loses that setting, not the whole policy. No policy installed, or a browser without
 * managed storage, is an empty policy.
 */
export async function readPolicy(): Promise<PolicyType> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return {};
  }
  const fields = Object.entries(Policy.shape).flatMap(([name, schema]) => {
    const parsed = schema.safeParse(raw[name]);
    return parsed.success && parsed.data !== undefined ? [[name, parsed.data] as const] : [];
  });
  return Object.fromEntries(fields) as PolicyType;
}

/** Call `listener` when IT changes the policy (Chrome applies a new policy without a restart). */
export function watchPolicy(listener: () => void): () => void {
  const onChanged = (_changes: unknown, area: string) => area === 'managed' && listener();
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
