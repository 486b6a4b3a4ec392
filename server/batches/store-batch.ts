import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Batch, SubmissionReceipt } from '../../lib/model';
import type { Database } from '../database/tables';
import { newReceiptCode } from './receipt-codes';

export type StoreOutcome =
  /** Stored now; `alreadyStored` suggestions came before in another batch and kept their codes. */
  | { kind: 'created'; receipt: string; stored: number; alreadyStored: number }
  /** This batch was stored before with the same content: the first receipt, unchanged. */
  | { kind: 'replayed'; receipt: string }
  /** This batchId was used for a batch with other content. */
  | { kind: 'batch-id-reused' }
  /** Another request with this batchId is being stored right now (another process, or a retrying proxy). */
  | { kind: 'batch-in-progress' };

/** What makes two batches "the same": the parsed content (unknown fields dropped, defaults filled), not the bytes. */
function fingerprintOf(batch: Batch): string {
  return createHash('sha256').update(JSON.stringify(batch)).digest('hex');
}

const UNIQUE_VIOLATION = '23505';
const isReceiptCodeClash = (error: unknown) =>
  (error as { code?: string }).code === UNIQUE_VIOLATION && String((error as { constraint?: string }).constraint ?? (error as Error).message).includes('receipt_code');

/**
 * Store a batch and its suggestions in one transaction, exactly once per batchId and once per suggestion id.
 * The caller answers 2xx only after this resolved, i.e. after the commit.
 */
export async function storeBatch(db: Kysely<Database>, batch: Batch, now: Date): Promise<StoreOutcome> {
  const fingerprint = fingerprintOf(batch);
  // A clash of two random 60-bit codes is unlikely but not impossible: roll back and draw new ones.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => storeOnce(trx, batch, fingerprint, now));
    } catch (error) {
      if (attempt < 3 && isReceiptCodeClash(error)) continue;
      throw error;
    }
  }
}

async function storeOnce(trx: Kysely<Database>, batch: Batch, fingerprint: string, now: Date): Promise<StoreOutcome> {
  const receivedAt = now.toISOString();
  const codes = new Map(batch.suggestions.map((suggestion) => [suggestion.id, newReceiptCode()]));
  const receiptWith = (): string =>
    JSON.stringify({
      batchId: batch.batchId,
      receivedAt,
      receipts: batch.suggestions.map((suggestion) => ({ suggestionId: suggestion.id, receiptCode: codes.get(suggestion.id)! })),
    } satisfies SubmissionReceipt);
  // Written as if every suggestion were new (the usual case); corrected below when some were known.
  let receipt = receiptWith();
  // One statement, one round trip, for what a new batch needs: take the batch's lock, insert the batch, insert its
  // suggestions. Each step happens only if the one before it did, so a batch in flight elsewhere or stored before
  // changes nothing here, and the answer says which of the three it was.
  const outcome = await trx
    // Held until commit; across processes too. A second request with this key does not wait for it but hears 409.
    .with('lock', (db) => db.selectNoFrom(sql<boolean>`pg_try_advisory_xact_lock(hashtextextended(${batch.batchId}, 0))`.as('locked')))
    .with('created', (db) =>
      db
        .insertInto('batches')
        .columns(['batch_id', 'fingerprint', 'receipt', 'received_at', 'created_at', 'source'])
        .expression(
          sql`select ${batch.batchId}::uuid, ${fingerprint}, ${receipt}, ${receivedAt}::timestamptz, ${batch.createdAt}::timestamptz, ${JSON.stringify(batch.source)}::jsonb
              from lock where locked`,
        )
        .onConflict((conflict) => conflict.column('batch_id').doNothing())
        .returning('batch_id'),
    )
    .with('stored', (db) =>
      db
        .insertInto('suggestions')
        .columns(['id', 'batch_id', 'receipt_code', 'data', 'received_at', 'updated_at'])
        // The whole batch as two parameters (its suggestions as one JSON array, their codes as one text array, zipped
        // row by row), not six per suggestion: 600 bound values made binding and planning the statement cost more
        // than the rows themselves. Each element is stored as the same jsonb its own JSON text would give.
        .expression(
          sql`select (s.data->>'id')::uuid, ${batch.batchId}::uuid, s.code, s.data, ${receivedAt}::timestamptz, ${receivedAt}::timestamptz
              from rows from (jsonb_array_elements(${JSON.stringify(batch.suggestions)}::jsonb), unnest(${batch.suggestions.map((suggestion) => codes.get(suggestion.id)!)}::text[])) as s(data, code)
              where exists (select from created)`,
        )
        // A suggestion already stored (it came in another batch, e.g. an imported file) keeps its row and code.
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id'),
    )
    .selectFrom('lock')
    .select((eb) => ['locked', eb.exists(eb.selectFrom('created').select('batch_id')).as('created'), sql<string[]>`array(select id from stored)`.as('inserted')])
    .executeTakeFirstOrThrow();
  if (!outcome.locked) return { kind: 'batch-in-progress' };
  if (!outcome.created) {
    const earlier = await trx.selectFrom('batches').select(['fingerprint', 'receipt']).where('batch_id', '=', batch.batchId).executeTakeFirstOrThrow();
    return earlier.fingerprint === fingerprint ? { kind: 'replayed', receipt: earlier.receipt } : { kind: 'batch-id-reused' };
  }
  const alreadyStored = batch.suggestions.length - outcome.inserted.length;
  if (alreadyStored > 0) {
    const fresh = new Set(outcome.inserted);
    const known = await trx
      .selectFrom('suggestions')
      .select(['id', 'receipt_code'])
      .where('id', 'in', batch.suggestions.filter((s) => !fresh.has(s.id)).map((s) => s.id))
      .execute();
    for (const row of known) codes.set(row.id, row.receipt_code);
    receipt = receiptWith();
    await trx.updateTable('batches').set({ receipt }).where('batch_id', '=', batch.batchId).execute();
  }
  return { kind: 'created', receipt, stored: outcome.inserted.length, alreadyStored };
}
