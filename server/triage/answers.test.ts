import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReceiptStatus, SubmissionReceipt, TriageSuggestionDetail, type Suggestion, type TriageAnswerFile } from '../../lib/model';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { ENGINES, useBacklogEngines } from '../../tests/support/backlog-engines';
import { bearer, makeBatch, postBatch } from '../../tests/support/backlog-requests';
import { createToken } from '../access/tokens';
import type { BacklogService } from '../service';

const engines = useBacklogEngines();
const AT = '2026-11-29T10:00:00.000Z';

describe.each(ENGINES)('answer files on %s', (engine) => {
  let service: BacklogService;
  let token: string;
  let codes: Map<string, string>;
  const [a, b, c] = [makeSuggestion(), makeSuggestion(), makeSuggestion()];

  beforeEach(async () => {
    service = await engines.open(engine, { settings: { rateLimits: undefined } });
    token = await createToken(service.database.db, 'board-wba', 'triage');
    const receipt = SubmissionReceipt.parse(await (await postBatch(service.app, makeBatch([a, b, c]))).json());
    codes = new Map(receipt.receipts.map((r) => [r.suggestionId, r.receiptCode]));
  });
  afterEach(() => service.close());

  const post = (file: TriageAnswerFile) =>
    service.app.request('/api/v1/triage/answers', { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: JSON.stringify(file) });
  const receipt = async (s: Suggestion) => ReceiptStatus.parse(await (await service.app.request(`/api/v1/receipts/${codes.get(s.id)}`)).json());
  const decision = (s: Suggestion, rest: Partial<TriageAnswerFile['decisions'][number]>) => ({ suggestionId: s.id, status: 'planned' as const, decidedAt: AT, by: 'board-wba', ...rest });

  it('applies each decision along the workflow, filters public answers, and reports what it refused', async () => {
    const response = await post({
      kind: 'mitgestalten-triage-answers',
      schemaVersion: 1,
      exportedAt: AT,
      decisions: [
        decision(a, { status: 'planned', publicAnswer: 'Kommt im Mai. Fragen an max.mustermann@example.org', internalNote: 'Team Formulare' }),
        decision(b, { status: 'merged', mergedInto: a.id }),
        decision(c, { status: 'implemented' }),
        decision(makeSuggestion(), { status: 'declined' }),
      ],
      clusterEdits: [],
    });
    expect(response.status).toBe(200);
    const outcome = (await response.json()) as { applied: number; refused: Array<{ code: string }>; redactions: number };
    expect(outcome).toMatchObject({ applied: 2, redactions: 1 });
    expect(outcome.refused.map((r) => r.code)).toEqual(['status-transition-refused', 'suggestion-unknown']);
    expect(await receipt(a)).toMatchObject({ status: 'planned' });
    expect((await receipt(a)).publicAnswer).not.toContain('mustermann');
    // A duplicate's receipt shows the survivor's status and answer.
    expect(await receipt(b)).toMatchObject({ status: 'planned', publicAnswer: (await receipt(a)).publicAnswer });
    expect(await receipt(c)).toMatchObject({ status: 'received' });
    const detail = TriageSuggestionDetail.parse(await (await service.app.request(`/api/v1/triage/suggestions/${a.id}`, { headers: bearer(token) })).json());
    expect(detail.history.map((h) => [h.from, h.to, h.by])).toEqual([['received', 'planned', 'board-wba']]);
    expect(detail.internalNote).toBe('Team Formulare');
  });

  it('refuses a file that is not an answer file, naming the fields (400, as every schema violation of this API)', async () => {
    const response = await service.app.request('/api/v1/triage/answers', { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'x', decisions: [{}] }) });
    const body = (await response.json()) as { code: string; problems: Array<{ path: string }> };
    expect([response.status, body.code]).toEqual([400, 'schema-violation']);
    expect(body.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['kind', 'decisions[0].suggestionId']));
  });
});
