import { describe, expect, it, vi } from 'vitest';
import { sharedUntilFailure } from './shared-until-failure';

describe('a load shared until it fails', () => {
  it('runs once for every caller while it succeeds', async () => {
    const load = vi.fn(async () => 'loaded');
    const shared = sharedUntilFailure(load);
    expect(await Promise.all([shared(), shared()])).toEqual(['loaded', 'loaded']);
    expect(await shared()).toBe('loaded');
    expect(load).toHaveBeenCalledOnce();
  });

  it('tries again on the next call after a failure, and keeps what then succeeds', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('loaded');
    const shared = sharedUntilFailure(load);
    await expect(shared()).rejects.toThrow('offline');
    expect(await shared()).toBe('loaded');
    expect(await shared()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
