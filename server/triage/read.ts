import DataLoader from 'dataloader';
import { createQueryId, sql, type CompiledQuery, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { BacklogStatus, GroupCount, ReceiptStatus, TriageList, TriageQuery, TriageStats, TriageSuggestionDetail } from '../../lib/model';
import { preparedOnEachConnection } from '../database/prepared-statements';
import type { Database } from '../database/tables';
import { Refusal } from '../refusal';
import { iso, toStatusChange, toTriageSuggestion, TRIAGE_COLUMNS } from './rows';

type Filterable<O> = SelectQueryBuilder<Database, 'suggestions', O>;

function filtered<O>(query: Filterable<O>, filter: Omit<TriageQuery, 'limit' | 'offset'>): Filterable<O> {
  let q = query;
  if (filter.q) q = q.where(sql<boolean>`search @@ websearch_to_tsquery('german', ${filter.q})`);
  if (filter.status) q = q.where('status', 'in', filter.status);
  if (filter.service) q = q.where('service', 'in', filter.service);
  if (filter.step) q = q.where('step', 'in', filter.step);
  if (filter.category) q = q.where('category', 'in', filter.category);
  if (filter.authorRole) q = q.where('author_role', 'in', filter.authorRole);
  if (filter.targetKind) q = q.where('target_kind', 'in', filter.targetKind);
  if (filter.receivedFrom) q = q.where('received_at', '>=', new Date(filter.receivedFrom));
  if (filter.receivedBefore) q = q.where('received_at', '<', new Date(filter.receivedBefore));
  return q;
}

/**
 * Up to this many matches, a page is taken by sorting the matches; above it, by walking the newest-first
 * index until the page is full. PostgreSQL picks between the two by its estimate of how many rows match,
 * and a search combined with a filter (words that occur only in other services' suggestions) can match far
 * fewer rows than it expects: it then walks the whole table looking for a page that is not there. The exact
 * count, which the answer needs anyway, tells which way is cheap.
 */
const FEW_MATCHES = 2_000;

/** One page of suggestions matching the filter, newest first, and how many match in all. */
export async function listSuggestions(db: Kysely<Database>, query: TriageQuery, fewMatches = FEW_MATCHES): Promise<TriageList> {
  const { total } = await filtered(db.selectFrom('suggestions').select((eb) => eb.fn.countAll<number>().as('total')), query).executeTakeFirstOrThrow();
  const rows = await pageOf(db, query, Number(total), fewMatches);
  return { total: Number(total), limit: query.limit, offset: query.offset, items: rows.map(toTriageSuggestion) };
}

function pageOf(db: Kysely<Database>, query: TriageQuery, matching: number, fewMatches: number) {
  if (matching <= query.offset) return Promise.resolve([]);
  if (matching > fewMatches) {
    return filtered(db.selectFrom('suggestions').select(TRIAGE_COLUMNS), query).orderBy('received_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute();
  }
  return (
    db
      // Materialized: the matches are found through the filter's indexes and then sorted, never by walking the order.
      .with((cte) => cte('matches').materialized(), (inner) => filtered(inner.selectFrom('suggestions').select(['id', 'received_at']), query))
      .selectFrom('suggestions')
      .select(TRIAGE_COLUMNS)
      .where('id', 'in', (eb) => eb.selectFrom('matches').select('id').orderBy('received_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset))
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .execute()
  );
}

export async function suggestionDetail(db: Kysely<Database>, id: string): Promise<TriageSuggestionDetail> {
  const row = await db.selectFrom('suggestions').select(TRIAGE_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new Refusal('suggestion-unknown', { params: { id } });
  const history = await db.selectFrom('status_changes').selectAll().where('suggestion_id', '=', id).orderBy('id').execute();
  const duplicates = await db.selectFrom('suggestions').select('id').where('merged_into', '=', id).orderBy('received_at').execute();
  return { ...toTriageSuggestion(row), history: history.map(toStatusChange), duplicates: duplicates.map((d) => d.id) };
}

const DIMENSIONS = {
  byStatus: sql<string | null>`status`,
  byService: sql<string | null>`service`,
  byStep: sql<string | null>`step`,
  byTarget: sql<string | null>`target_label`,
  byRole: sql<string | null>`author_role`,
  byCategory: sql<string | null>`category`,
  byWeek: sql<string | null>`to_char(received_at at time zone 'UTC', 'IYYY-"W"IW')`,
} as const;

/** Counts per service, step, target, role, category, status and week, for the suggestions matching the filter. */
export async function triageStats(db: Kysely<Database>, filter: Omit<TriageQuery, 'limit' | 'offset'>): Promise<TriageStats> {
  const groups = {} as Record<keyof typeof DIMENSIONS, GroupCount[]>;
  for (const [name, key] of Object.entries(DIMENSIONS) as Array<[keyof typeof DIMENSIONS, (typeof DIMENSIONS)[keyof typeof DIMENSIONS]]>) {
    const rows = await filtered(db.selectFrom('suggestions').select([key.as('key'), (eb) => eb.fn.countAll<number>().as('count')]), filter)
      .groupBy(key)
      .orderBy('count', 'desc')
      .orderBy(key)
      .execute();
    groups[name] = rows.map((row) => ({ key: row.key, count: Number(row.count) }));
  }
  const total = groups.byStatus.reduce((sum, group) => sum + group.count, 0);
  return { total, ...groups };
}

/** At most this many codes in one statement; more lookups in one turn of the event loop take several. */
const LOOKUPS_PER_STATEMENT = 500;

/**
 * The public side of a suggestion by its receipt code; a merged duplicate shows the surviving suggestion's
 * status and answer. Lookups are the one thing anyone may send at volume, so the reader does the least per
 * code:
 * - Lookups that arrive together (within one turn of the event loop) are answered by one statement for all
 *   their codes (DataLoader's batching, without its cache: an answer may change at any time). One round trip
 *   and one statement's fixed work in the database then serve many lookups, where they were most of a
 *   lookup's cost; each lookup waits at most for the turn it arrived in.
 * - The statements are compiled once (only the parameter differs) and prepared once per database connection.
 * - The survivor is read only for the few suggestions that were merged, instead of joining every lookup to it.
 */
export function receiptReader(db: Kysely<Database>): (receiptCode: string) => Promise<ReceiptStatus | undefined> {
  // Compiled with an empty list; each statement runs with the lookups' own list as its one parameter.
  const noValues: string[] = [];
  const byCodes = preparedOnEachConnection(
    db
      .selectFrom('suggestions')
      .select(['receipt_code', 'status', 'public_answer', 'updated_at', 'merged_into'])
      .where(sql<boolean>`receipt_code = any(${noValues}::text[])`)
      .compile(),
  );
  const survivorsByIds = preparedOnEachConnection(
    db
      .selectFrom('suggestions')
      .select(['id', 'status', 'public_answer', 'updated_at'])
      .where(sql<boolean>`id = any(${noValues}::uuid[])`)
      .compile(),
  );
  const rowsOf = async <R>(compiled: CompiledQuery<R>, values: readonly string[]): Promise<R[]> =>
    (await db.executeQuery<R>({ ...compiled, queryId: createQueryId(), parameters: [values] })).rows;

  const lookups = new DataLoader<string, ReceiptStatus | undefined>(
    async (codes) => {
      const rows = await rowsOf(byCodes, codes);
      const mergedInto = [...new Set(rows.flatMap((row) => (row.merged_into ? [row.merged_into] : [])))];
      const survivors = new Map((mergedInto.length > 0 ? await rowsOf(survivorsByIds, mergedInto) : []).map((survivor) => [survivor.id, survivor]));
      const answers = new Map<string, ReceiptStatus>();
      for (const row of rows) {
        const survivor = row.merged_into ? survivors.get(row.merged_into) : undefined;
        const status: BacklogStatus = survivor ? survivor.status : row.status;
        const publicAnswer = survivor ? survivor.public_answer : row.public_answer;
        const updatedAt = survivor ? new Date(Math.max(new Date(row.updated_at).getTime(), new Date(survivor.updated_at).getTime())) : row.updated_at;
        answers.set(row.receipt_code, { receiptCode: row.receipt_code, status, ...(publicAnswer ? { publicAnswer } : {}), updatedAt: iso(updatedAt) });
      }
      return codes.map((code) => answers.get(code));
    },
    { cache: false, maxBatchSize: LOOKUPS_PER_STATEMENT, batchScheduleFn: (runBatch) => setImmediate(runBatch) },
  );
  return (receiptCode) => lookups.load(receiptCode);
}
