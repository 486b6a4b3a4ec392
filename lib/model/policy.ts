import { z } from 'zod/mini';
import { AuthorRole, Language } from './suggestion';

/**
 * What IT may preset through the browser's managed policy (the extension's `storage.managed`, schema in
 * public/managed-schema.json), and which of it the person may still change. An unlocked value is a
 * default the person may override; a locked one is what counts, and writes against it are refused.
 */

/** How saved suggestions leave the device: on their own every few minutes, or only when the person sends. */
export const SendingMode = z.enum(['automatic', 'manual']);

/** A site the extension may run on: a match pattern (`https://*.jobcenter.example/*`) or an origin. */
export const SitePattern = z.string().check(z.minLength(1), z.maxLength(300));

export const LOCKABLE_SETTINGS = ['backlogEndpoint', 'backlogToken', 'allowedSites', 'role', 'language', 'sendingMode', 'sendIntervalMinutes', 'retentionDays'] as const;
export const LockableSetting = z.enum(LOCKABLE_SETTINGS);

/** Managed storage as IT wrote it. Every field is optional: no policy at all is the usual case at home. */
export const Policy = z.object({
  backlogEndpoint: z.optional(z.string().check(z.maxLength(2000))),
  backlogToken: z.optional(z.string().check(z.maxLength(2000))),
  allowedSites: z.optional(z.array(SitePattern).check(z.maxLength(200))),
  role: z.optional(AuthorRole),
  language: z.optional(Language),
  sendingMode: z.optional(SendingMode),
  sendIntervalMinutes: z.optional(z.int().check(z.gte(1), z.lte(1440))),
  retentionDays: z.optional(z.int().check(z.gte(1), z.lte(3650))),
  /** The settings the person may not change. */
  locked: z.optional(z.array(LockableSetting)),
});

export type SendingMode = z.infer<typeof SendingMode>;
export type LockableSetting = z.infer<typeof LockableSetting>;
export type Policy = z.infer<typeof Policy>;

/** Whether IT locked `setting` (and gave it a value: a lock without a value locks nothing). */
export function isLocked(policy: Policy, setting: LockableSetting): boolean {
  return (policy.locked ?? []).includes(setting) && policy[setting] !== undefined;
}

/** The locked settings a change would touch; empty when the change may be written. */
export function lockedChanges(policy: Policy, changes: Partial<Record<LockableSetting, unknown>>): LockableSetting[] {
  return LOCKABLE_SETTINGS.filter((setting) => setting in changes && isLocked(policy, setting));
}

/**
 * The value that counts for each policy setting: a locked policy value, else the person's own, else the
 * policy's default. `own` holds what the person chose.
 */
export function withPolicy<T extends Partial<Record<LockableSetting, unknown>>>(own: T, policy: Policy): T {
  const result: Record<string, unknown> = { ...own };
  for (const setting of LOCKABLE_SETTINGS) {
    const preset = policy[setting];
    if (preset === undefined) continue;
    if (isLocked(policy, setting) || result[setting] === undefined) result[setting] = preset;
  }
  return result as T;
}
