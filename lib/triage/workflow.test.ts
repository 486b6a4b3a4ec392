import { describe, expect, it } from 'vitest';
import { checkMerge, checkStatusChange } from './workflow';

describe('the triage workflow', () => {
  it('goes from received through review and planning to implemented', () => {
    expect(checkStatusChange('received', 'in-review')).toEqual({ ok: true });
    expect(checkStatusChange('in-review', 'planned')).toEqual({ ok: true });
    expect(checkStatusChange('planned', 'implemented')).toEqual({ ok: true });
  });
  it('refuses skipping to implemented, leaving an end state, and marking a duplicate without a survivor', () => {
    expect(checkStatusChange('received', 'implemented')).toMatchObject({ ok: false, code: 'status-transition-refused', allowed: ['in-review', 'planned', 'declined'] });
    expect(checkStatusChange('implemented', 'planned')).toMatchObject({ ok: false, code: 'status-transition-refused', allowed: [] });
    expect(checkStatusChange('planned', 'planned')).toMatchObject({ ok: false, code: 'status-unchanged' });
    expect(checkStatusChange('in-review', 'merged')).toMatchObject({ ok: false, code: 'status-needs-merge' });
  });
  it('lets a declined suggestion be looked at again', () => {
    expect(checkStatusChange('declined', 'in-review')).toEqual({ ok: true });
  });
  it('merges only open suggestions into a suggestion that is not itself a duplicate', () => {
    expect(checkMerge({ id: 'a', status: 'received' }, { id: 'b', status: 'planned' })).toEqual({ ok: true });
    expect(checkMerge({ id: 'a', status: 'received' }, { id: 'a', status: 'received' })).toEqual({ ok: false, code: 'merge-into-self' });
    expect(checkMerge({ id: 'a', status: 'received' }, { id: 'b', status: 'merged' })).toEqual({ ok: false, code: 'merge-target-merged' });
    expect(checkMerge({ id: 'a', status: 'implemented' }, { id: 'b', status: 'planned' })).toEqual({ ok: false, code: 'status-transition-refused' });
  });
});
