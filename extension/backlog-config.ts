/// <reference types="vite/client" />
import { storage } from 'wxt/utils/storage';

/** Where the extension sends batches. IT sets it by policy (managed storage); else the options page. */
export interface BacklogConfig {
  endpoint: string;
  token?: string;
  /** 'policy' when IT set it: the options page then shows it and does not let it be changed. */
  setBy: 'policy' | 'person';
}

const KEYS = {
  managedEndpoint: 'managed:backlogEndpoint',
  managedToken: 'managed:backlogToken',
  endpoint: 'local:backlogEndpoint',
  token: 'local:backlogToken',
} as const;

/** Set at build time by `npm start` (WXT_BACKLOG_ENDPOINT), so the demo build sends to the local backlog out of the box. */
const BUILT_IN_ENDPOINT: string | undefined = import.meta.env.WXT_BACKLOG_ENDPOINT || undefined;

async function readManaged(key: `managed:${string}`): Promise<string | null> {
  try {
    return await storage.getItem<string>(key);
  } catch {
    // No policy installed (or a browser without managed storage): the person's own setting counts.
    return null;
  }
}

export async function readBacklogConfig(): Promise<BacklogConfig | undefined> {
  const managed = await readManaged(KEYS.managedEndpoint);
  if (managed) {
    const token = await readManaged(KEYS.managedToken);
    return { endpoint: managed, ...(token ? { token } : {}), setBy: 'policy' };
  }
  const endpoint = (await storage.getItem<string>(KEYS.endpoint)) ?? BUILT_IN_ENDPOINT;
  if (!endpoint) return undefined;
  const token = await storage.getItem<string>(KEYS.token);
  return { endpoint, ...(token ? { token } : {}), setBy: 'person' };
}

/** Why an address cannot be a backlog's; the options page words it in the person's language. */
export type EndpointProblem = 'options.endpointNotUrl' | 'options.endpointNotHttp' | 'options.endpointHasQuery';

/** The address must be http(s) and nothing else. */
export function checkEndpoint(endpoint: string): EndpointProblem | undefined {
  try {
    const url = new URL(endpoint);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'options.endpointNotHttp';
    if (url.search || url.hash) return 'options.endpointHasQuery';
    return undefined;
  } catch {
    return 'options.endpointNotUrl';
  }
}

export async function writeBacklogConfig(endpoint: string, token: string): Promise<void> {
  await storage.setItem(KEYS.endpoint, endpoint.trim().replace(/\/+$/, '') || null);
  await storage.setItem(KEYS.token, token.trim() || null);
}

/** Call `listener` whenever the person's setting changes. Returns the function that stops watching. */
export function watchBacklogConfig(listener: () => void): () => void {
  const stops = [storage.watch(KEYS.endpoint, listener), storage.watch(KEYS.token, listener)];
  return () => stops.forEach((stop) => stop());
}
