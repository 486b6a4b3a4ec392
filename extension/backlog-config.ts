/// <reference types="vite/client" />
import { storage } from 'wxt/utils/storage';
import { isLocked, ProblemError, withPolicy, type Policy } from '../lib/model';
import { readPolicy } from './policy';

/** Where the extension sends batches: the person's setting (options page), else IT's policy, unless IT locked it. */
export interface BacklogConfig {
  endpoint: string;
  token?: string;
  /** 'policy' when IT locked the address: the options page then shows it and does not let it be changed. */
  setBy: 'policy' | 'person';
}

const KEYS = {
  endpoint: 'local:backlogEndpoint',
  token: 'local:backlogToken',
} as const;

/** Set at build time by `npm start` (WXT_BACKLOG_ENDPOINT), so the demo build sends to the local backlog out of the box. */
const BUILT_IN_ENDPOINT: string | undefined = import.meta.env.WXT_BACKLOG_ENDPOINT || undefined;

export async function readBacklogConfig(policy?: Policy): Promise<BacklogConfig | undefined> {
  const preset = policy ?? (await readPolicy());
  const own = {
    backlogEndpoint: (await storage.getItem<string>(KEYS.endpoint)) ?? undefined,
    backlogToken: (await storage.getItem<string>(KEYS.token)) ?? undefined,
  };
  const { backlogEndpoint, backlogToken } = withPolicy(own, preset);
  const endpoint = backlogEndpoint ?? BUILT_IN_ENDPOINT;
  if (!endpoint) return undefined;
  return { endpoint, ...(backlogToken ? { token: backlogToken } : {}), setBy: isLocked(preset, 'backlogEndpoint') ? 'policy' : 'person' };
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

/** The address without trailing slashes, as it is stored and checked. */
export const normaliseEndpoint = (endpoint: string) => endpoint.trim().replace(/\/+$/, '');

/** Store the person's backlog; refused with `settings.locked` where IT locked address or token. */
export async function writeBacklogConfig(endpoint: string, token: string): Promise<void> {
  const policy = await readPolicy();
  for (const setting of ['backlogEndpoint', 'backlogToken'] as const) {
    if (isLocked(policy, setting)) throw new ProblemError({ code: 'settings.locked', params: { setting } });
  }
  await storage.setItem(KEYS.endpoint, normaliseEndpoint(endpoint) || null);
  await storage.setItem(KEYS.token, token.trim() || null);
}

/** Call `listener` whenever the person's setting changes. Returns the function that stops watching. */
export function watchBacklogConfig(listener: () => void): () => void {
  const stops = [storage.watch(KEYS.endpoint, listener), storage.watch(KEYS.token, listener)];
  return () => stops.forEach((stop) => stop());
}
