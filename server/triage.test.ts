import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody, Batch, ReceiptStatus, SubmissionReceipt, TriageExport, TriageList, TriageStats, TriageSuggestionDetail, type Suggestion } from '../lib/model';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { ENGINES, useBacklogEngines } from '../tests/support/backlog-engines';
import { bearer, makeBatch, postBatch } from '../tests/support/backlog-requests';
import { createToken } from './access/tokens';
import type { BacklogService } from './service';

const engines = useBacklogEngines();

describe.each(ENGINES)('the triage API on %s', (engine) => {
  let service: BacklogService;
  let token: string;
  let codes: Map<string, string>;
  const heating = makeSuggestion({ problem: 'Die Heizkosten wurden nicht übernommen, obwohl ich die Abrechnung geschickt habe.', category: 'process-friction', page: { url: 'https://jobcenter-musterstadt.example/wba', title: 'WBA', service: 'WBA', step: 'Kosten der Unterkunft' } });
  const garage = makeSuggestion({ problem: 'Gehört die Garage zur Kaltmiete?', proposal: 'Hinweis am Feld ergänzen', page: { url: 'https://jobcenter-musterstadt.example/ha', title: 'HA', service: 'HA', step: 'Wohnen' } });
  const garageAgain = makeSuggestion({ problem: 'Garage: zählt sie zur Miete?', authorRole: 'caseworker', page: { url: 'https://jobcenter-musterstadt.example/ha', title: 'HA', service: 'HA', step: 'Wohnen' } });

  beforeEach(async () => {
    service = await engines.open(engine, { settings: { rateLimits: undefined } });
    token = await createToken(service.database.db, 'sachgebiet-wba', 'triage');
    const receipt = SubmissionReceipt.parse(await (await postBatch(service.app, makeBatch([heating, garage, garageAgain]))).json());
    codes = new Map(receipt.receipts.map((r) => [r.suggestionId, r.receiptCode]));
  });
  afterEach(() => service.close());

  const get = (path: string, auth: Record<string, string> = bearer(token)) => service.app.request(`/api/v1/triage${path}`, { headers: auth });
  const send = (method: string, path: string, body: unknown) =>
    service.app.request(`/api/v1/triage${path}`, { method, headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const list = async (query: string) => TriageList.parse(await (await get(`/suggestions?${query}`)).json());
  const receipt = async (suggestion: Suggestion) => ReceiptStatus.parse(await (await service.app.request(`/api/v1/receipts/${codes.get(suggestion.id)}`)).json());

  it('shows suggestion text only with a triage token', async () => {
    const without = await get('/suggestions', {});
    expect([without.status, ApiErrorBody.parse(await without.json()).code]).toEqual([401, 'token-missing']);
    const submitter = await createToken(service.database.db, 'widget', 'submit');
    const weak = await get('/suggestions', bearer(submitter));
    expect([weak.status, ApiErrorBody.parse(await weak.json()).code]).toEqual([403, 'role-insufficient']);
    expect((await list('')).total).toBe(3);
  });

  it('searches with German stemming and filters by service, role and category', async () => {
    expect((await list('q=Heizkosten')).items.map((i) => i.suggestion.id)).toEqual([heating.id]);
    expect((await list('q=übernehmen')).items).toHaveLength(0); // a different stem: no false friend
    expect((await list('q=abrechnungen')).items.map((i) => i.suggestion.id)).toEqual([heating.id]);
    expect((await list('q=Garage')).total).toBe(2);
    expect((await list('q=Garage&authorRole=caseworker')).items.map((i) => i.suggestion.id)).toEqual([garageAgain.id]);
    expect((await list('service=HA&service=WBA')).total).toBe(3);
    expect((await list('category=process-friction')).items.map((i) => i.suggestion.id)).toEqual([heating.id]);
    const page = await list('limit=2&offset=2');
    expect([page.total, page.items.length]).toEqual([3, 1]);
    const bad = await get('/suggestions?category=beschwerde&limit=0');
    expect(ApiErrorBody.parse(await bad.json()).problems?.map((p) => p.path).sort()).toEqual(['category', 'limit']);
  });

  it('moves a status only along the workflow and records who did it', async () => {
    const skip = await send('POST', `/suggestions/${heating.id}/status`, { status: 'implemented' });
    expect([skip.status, ApiErrorBody.parse(await skip.json())]).toEqual([409, expect.objectContaining({ code: 'status-transition-refused', params: expect.objectContaining({ from: 'received', to: 'implemented' }) })]);
    expect((await send('POST', `/suggestions/${heating.id}/status`, { status: 'in-review' })).status).toBe(200);
    const stale = await send('POST', `/suggestions/${heating.id}/status`, { status: 'planned', expected: 'received' });
    expect(ApiErrorBody.parse(await stale.json()).code).toBe('status-stale');
    const planned = TriageSuggestionDetail.parse(await (await send('POST', `/suggestions/${heating.id}/status`, { status: 'planned' })).json());
    expect(planned.history.map((h) => [h.from, h.to, h.by])).toEqual([
      ['received', 'in-review', 'sachgebiet-wba'],
      ['in-review', 'planned', 'sachgebiet-wba'],
    ]);
    expect(await receipt(heating)).toMatchObject({ status: 'planned' });
  });

  it('runs the public answer through the privacy filter and keeps the internal note internal', async () => {
    const answered = await send('PUT', `/suggestions/${garage.id}/answer`, {
      publicAnswer: 'Danke! Rückfragen bitte an max.mustermann@jobcenter-musterstadt.de.',
      internalNote: 'Mit Team Formulare klären',
    });
    expect(answered.headers.get('x-redactions')).toBe('1');
    const detail = TriageSuggestionDetail.parse(await answered.json());
    expect(detail.publicAnswer).not.toContain('max.mustermann');
    expect(detail.internalNote).toBe('Mit Team Formulare klären');
    const status = await receipt(garage);
    expect(status.publicAnswer).toBe(detail.publicAnswer);
    expect(JSON.stringify(status)).not.toContain('Team Formulare');
  });

  it('merges a duplicate: its receipt shows the survivor’s status and answer', async () => {
    await send('POST', `/suggestions/${garage.id}/status`, { status: 'planned' });
    await send('PUT', `/suggestions/${garage.id}/answer`, { publicAnswer: 'Wir ergänzen einen Hinweis zur Garage.' });
    const merged = TriageSuggestionDetail.parse(await (await send('POST', `/suggestions/${garageAgain.id}/merge`, { into: garage.id })).json());
    expect([merged.status, merged.mergedInto]).toEqual(['merged', garage.id]);
    expect(await receipt(garageAgain)).toMatchObject({ status: 'planned', publicAnswer: 'Wir ergänzen einen Hinweis zur Garage.' });
    expect(TriageSuggestionDetail.parse(await (await get(`/suggestions/${garage.id}`)).json()).duplicates).toEqual([garageAgain.id]);
    const intoMerged = await send('POST', `/suggestions/${heating.id}/merge`, { into: garageAgain.id });
    expect(ApiErrorBody.parse(await intoMerged.json()).code).toBe('merge-target-merged');
    const asStatus = await send('POST', `/suggestions/${heating.id}/status`, { status: 'merged' });
    expect(ApiErrorBody.parse(await asStatus.json()).code).toBe('status-needs-merge');
  });

  it('counts per service, step, target, role, category and week', async () => {
    const stats = TriageStats.parse(await (await get('/stats')).json());
    expect(stats.total).toBe(3);
    expect(stats.byService).toEqual([{ key: 'HA', count: 2 }, { key: 'WBA', count: 1 }]);
    expect(stats.byRole).toEqual([{ key: 'claimant', count: 2 }, { key: 'caseworker', count: 1 }]);
    expect(stats.byTarget).toEqual([{ key: 'Kaltmiete in Euro', count: 3 }]);
    expect(stats.byWeek).toEqual([{ key: expect.stringMatching(/^\d{4}-W\d{2}$/), count: 3 }]);
    expect(TriageStats.parse(await (await get('/stats?q=Garage')).json()).total).toBe(2);
  });

  it('exports every suggestion once as batch files that carry status and answers', async () => {
    await send('POST', `/suggestions/${heating.id}/status`, { status: 'declined' });
    await postBatch(service.app, makeBatch([heating])); // arrives again in another batch
    const exported = TriageExport.parse(await (await get('/export')).json());
    expect(exported.batches).toHaveLength(1);
    const [file] = exported.batches;
    expect(() => Batch.parse(file)).not.toThrow(); // a plain batch reader takes it as it is
    expect(file!.triage.find((t) => t.suggestionId === heating.id)).toMatchObject({ status: 'declined', history: [expect.objectContaining({ to: 'declined', by: 'sachgebiet-wba' })] });
  });
});
