import type { Kysely } from 'kysely';
import type { ExportedBatch } from '../../lib/model';
import type { Database } from '../database/tables';
import { iso, toStatusChange } from './rows';

const PAGE = 200;

/**
 * Every stored batch as a batch file with its triage state, oldest first; each suggestion once, in the batch
 * that first brought it. Yields page by page so a large backlog is never held in memory at once.
 */
export async function* exportBatches(db: Kysely<Database>): AsyncGenerator<ExportedBatch> {
  let after: { receivedAt: Date; batchId: string } | undefined;
  for (;;) {
    let query = db.selectFrom('batches').select(['batch_id', 'created_at', 'received_at', 'source']).orderBy('received_at').orderBy('batch_id').limit(PAGE);
    if (after) {
      const { receivedAt, batchId } = after;
      query = query.where((eb) => eb.or([eb('received_at', '>', receivedAt), eb.and([eb('received_at', '=', receivedAt), eb('batch_id', '>', batchId)])]));
    }
    const batches = await query.execute();
    if (batches.length === 0) return;
    const ids = batches.map((batch) => batch.batch_id);
    const suggestions = await db.selectFrom('suggestions').selectAll().where('batch_id', 'in', ids).orderBy('received_at').orderBy('id').execute();
    const history = suggestions.length
      ? await db.selectFrom('status_changes').selectAll().where('suggestion_id', 'in', suggestions.map((s) => s.id)).orderBy('id').execute()
      : [];
    for (const batch of batches) {
      const own = suggestions.filter((s) => s.batch_id === batch.batch_id);
      // Every suggestion of this batch arrived earlier in another one: nothing to export here.
      if (own.length === 0) continue;
      yield {
        batchId: batch.batch_id,
        schemaVersion: 1,
        createdAt: iso(batch.created_at),
        source: batch.source as ExportedBatch['source'],
        suggestions: own.map((s) => s.data),
        receivedAt: iso(batch.received_at),
        triage: own.map((s) => ({
          suggestionId: s.id,
          receiptCode: s.receipt_code,
          status: s.status,
          ...(s.public_answer ? { publicAnswer: s.public_answer } : {}),
          ...(s.internal_note ? { internalNote: s.internal_note } : {}),
          ...(s.merged_into ? { mergedInto: s.merged_into } : {}),
          updatedAt: iso(s.updated_at),
          history: history.filter((change) => change.suggestion_id === s.id).map(toStatusChange),
        })),
      };
    }
    const last = batches[batches.length - 1]!;
    after = { receivedAt: new Date(last.received_at), batchId: last.batch_id };
  }
}
