import { describe, expect, it } from 'vitest';
import { lockedChanges, withPolicy, type Policy } from './policy';

const policy: Policy = { role: 'caseworker', language: 'de', retentionDays: 30, locked: ['role', 'sendingMode'] };

describe('managed policy', () => {
  it('a locked value counts over the person’s own; an unlocked one is only a default', () => {
    expect(withPolicy({ role: 'claimant', language: 'uk' }, policy)).toEqual({ role: 'caseworker', language: 'uk', retentionDays: 30 });
    expect(withPolicy({}, policy)).toEqual({ role: 'caseworker', language: 'de', retentionDays: 30 });
  });

  it('refuses changes to locked settings only, and a lock without a value locks nothing', () => {
    expect(lockedChanges(policy, { role: 'other', language: 'ar' })).toEqual(['role']);
    expect(lockedChanges(policy, { sendingMode: 'manual' })).toEqual([]);
    expect(lockedChanges({}, { role: 'other' })).toEqual([]);
  });
});
