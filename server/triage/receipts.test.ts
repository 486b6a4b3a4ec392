import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmissionReceipt } from '../../lib/model';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { ENGINES, useBacklogEngines } from '../../tests/support/backlog-engines';
import { makeBatch, postBatch } from '../../tests/support/backlog-requests';
import type { BacklogService } from '../service';
import { receiptReader } from './read';

const engines = useBacklogEngines();

describe.each(ENGINES)('receipt lookups that arrive together, on %s', (engine) => {
  let service: BacklogService;
  let codes: string[];
  const [kept, merged, untouched] = [makeSuggestion(), makeSuggestion(), makeSuggestion()];

  beforeEach(async () => {
    service = await engines.open(engine, { settings: { rateLimits: undefined } });
    const receipt = SubmissionReceipt.parse(await (await postBatch(service.app, makeBatch([kept, merged, untouched]))).json());
    codes = receipt.receipts.map((entry) => entry.receiptCode);
    const { db } = service.database;
    await db.updateTable('suggestions').set({ status: 'planned', public_answer: 'Kommt im Mai.' }).where('id', '=', kept.id).execute();
    await db.updateTable('suggestions').set({ status: 'merged', merged_into: kept.id }).where('id', '=', merged.id).execute();
  });
  afterEach(() => service.close());

  it('answers each its own code, a merged one with the survivor’s status, from one statement for all', async () => {
    const { db } = service.database;
    const lookUp = receiptReader(db);
    const statements = vi.spyOn(db, 'executeQuery');
    const [keptCode, mergedCode, untouchedCode] = codes as [string, string, string];
    const answers = await Promise.all([keptCode, mergedCode, untouchedCode, 'ZZZZ-ZZZZ-ZZZZ', keptCode].map(lookUp));

    expect(answers.map((answer) => answer && { code: answer.receiptCode, status: answer.status, publicAnswer: answer.publicAnswer })).toEqual([
      { code: keptCode, status: 'planned', publicAnswer: 'Kommt im Mai.' },
      { code: mergedCode, status: 'planned', publicAnswer: 'Kommt im Mai.' },
      { code: untouchedCode, status: 'received', publicAnswer: undefined },
      undefined,
      { code: keptCode, status: 'planned', publicAnswer: 'Kommt im Mai.' },
    ]);
    // The codes in one statement, the merged one's survivor in a second: not one (or two) per lookup.
    expect(statements).toHaveBeenCalledTimes(2);
  });

  it('does not keep an answer: a lookup after a change sees the change', async () => {
    const { db } = service.database;
    const lookUp = receiptReader(db);
    const code = codes[2]!;
    expect(await lookUp(code)).toMatchObject({ status: 'received' });
    await db.updateTable('suggestions').set({ status: 'implemented' }).where('id', '=', untouched.id).execute();
    expect(await lookUp(code)).toMatchObject({ status: 'implemented' });
  });

  it('fails every lookup of a statement that fails, so each request is answered as unavailable', async () => {
    const { db } = service.database;
    const lookUp = receiptReader(db);
    vi.spyOn(db, 'executeQuery').mockRejectedValueOnce(new Error('connection terminated'));
    const settled = await Promise.allSettled(codes.map(lookUp));
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    // The next turn's lookups run again.
    expect(await lookUp(codes[0]!)).toMatchObject({ status: 'planned' });
  });
});
