import type { Kysely, Transaction } from 'kysely';
import type { AnswerCommand, BacklogStatus, StatusCommand, TriageAnswerFile } from '../../lib/model';
import { redact } from '../../lib/privacy';
import { checkMerge, checkPublicAnswer, checkStatusChange } from '../../lib/triage';
import type { Database } from '../database/tables';
import { Refusal } from '../refusal';

/** Who acts: the name of the token used (a role name such as "sachgebiet-wba", never a person's data). */
export interface Actor {
  name: string;
}

async function lockSuggestion(trx: Transaction<Database>, id: string): Promise<{ id: string; status: BacklogStatus }> {
  const row = await trx.selectFrom('suggestions').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new Refusal('suggestion-unknown', { params: { id } });
  return row;
}

async function recordChange(trx: Transaction<Database>, id: string, from: BacklogStatus, to: BacklogStatus, actor: Actor, now: Date) {
  await trx.insertInto('status_changes').values({ suggestion_id: id, from_status: from, to_status: to, token_name: actor.name, at: now }).execute();
}

/** Move a suggestion along the workflow (lib/triage/workflow.ts); refused moves change nothing. */
export async function setStatus(db: Kysely<Database>, id: string, command: StatusCommand, actor: Actor, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await lockSuggestion(trx, id);
    if (command.expected && command.expected !== current.status) {
      throw new Refusal('status-stale', { params: { expected: command.expected, actual: current.status } });
    }
    const verdict = checkStatusChange(current.status, command.status);
    if (!verdict.ok) throw new Refusal(verdict.code, { params: { from: verdict.from, to: verdict.to, allowed: verdict.allowed.join(',') } });
    await trx.updateTable('suggestions').set({ status: command.status, updated_at: now }).where('id', '=', id).execute();
    await recordChange(trx, id, current.status, command.status, actor, now);
  });
}

export interface AnswerOutcome {
  /** How many pieces of personal data were removed from the public answer before it was stored. */
  redactions: number;
}

/**
 * Write the public answer and/or the internal note. Anyone holding the receipt code reads the public answer,
 * so it goes through the same privacy filter as the suggestions themselves before it is stored.
 */
export async function setAnswer(db: Kysely<Database>, id: string, command: AnswerCommand, now: Date): Promise<AnswerOutcome> {
  const filtered = command.publicAnswer ? redact(command.publicAnswer) : undefined;
  const result = await db
    .updateTable('suggestions')
    .set({
      ...(command.publicAnswer !== undefined ? { public_answer: filtered?.text || null } : {}),
      ...(command.internalNote !== undefined ? { internal_note: command.internalNote || null } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new Refusal('suggestion-unknown', { params: { id } });
  return { redactions: filtered?.findings.length ?? 0 };
}

/** Mark `id` as a duplicate of `into`. Its receipt then shows the survivor's status and answer. */
export async function mergeInto(db: Kysely<Database>, id: string, into: string, actor: Actor, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Lock in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = [id, into].sort();
    const locked = new Map([[first!, await lockSuggestion(trx, first!)]]);
    if (second !== first) locked.set(second!, await lockSuggestion(trx, second!));
    const source = locked.get(id)!;
    const target = locked.get(into)!;
    const verdict = checkMerge(source, target);
    if (!verdict.ok) throw new Refusal(verdict.code, { params: { from: source.status, to: 'merged' } });
    await trx.updateTable('suggestions').set({ status: 'merged', merged_into: into, updated_at: now }).where('id', '=', id).execute();
    // Earlier duplicates of this one now point at the survivor directly: a receipt never follows a chain.
    await trx.updateTable('suggestions').set({ merged_into: into, updated_at: now }).where('merged_into', '=', id).execute();
    await recordChange(trx, id, source.status, 'merged', actor, now);
  });
}

export interface AnswersOutcome {
  /** Decisions applied (status, answer or note changed, or already so). */
  applied: number;
  /** Decisions the workflow refused or that name an unknown suggestion; nothing of these was written. */
  refused: Array<{ suggestionId: string; code: string }>;
  /** Pieces of personal data removed from public answers before they were stored. */
  redactions: number;
}

/**
 * Apply an answer file (from the file-based board, or the board on this backlog deciding on a cluster) in
 * one transaction: each decision moves its suggestion only where the workflow allows from the status it
 * has now, duplicates only into survivors that are not duplicates themselves; public answers pass the
 * privacy filter. A refused decision changes nothing of its suggestion and is reported.
 */
export async function applyAnswers(db: Kysely<Database>, file: TriageAnswerFile, actor: Actor, now: Date): Promise<AnswersOutcome> {
  return db.transaction().execute(async (trx) => {
    const ids = [...new Set(file.decisions.flatMap((d) => (d.mergedInto ? [d.suggestionId, d.mergedInto] : [d.suggestionId])))].sort();
    const rows = ids.length ? await trx.selectFrom('suggestions').select(['id', 'status']).where('id', 'in', ids).orderBy('id').forUpdate().execute() : [];
    const current = new Map(rows.map((row) => [row.id, row.status]));
    const outcome: AnswersOutcome = { applied: 0, refused: [], redactions: 0 };
    for (const decision of file.decisions) {
      const from = current.get(decision.suggestionId);
      if (from === undefined) {
        outcome.refused.push({ suggestionId: decision.suggestionId, code: 'suggestion-unknown' });
        continue;
      }
      let verdict: { ok: true } | { ok: false; code: string } = { ok: true };
      if (decision.status === 'merged' && from !== 'merged') {
        const into = decision.mergedInto!;
        const target = current.get(into);
        verdict = target === undefined ? { ok: false, code: 'suggestion-unknown' } : checkMerge({ id: decision.suggestionId, status: from }, { id: into, status: target });
      } else if (decision.status !== from) {
        verdict = checkStatusChange(from, decision.status);
      }
      if (!verdict.ok) {
        outcome.refused.push({ suggestionId: decision.suggestionId, code: verdict.code });
        continue;
      }
      const answer = decision.publicAnswer !== undefined ? checkPublicAnswer(decision.publicAnswer) : undefined;
      outcome.redactions += answer?.redactions ?? 0;
      await trx
        .updateTable('suggestions')
        .set({
          status: decision.status,
          ...(decision.status === 'merged' ? { merged_into: decision.mergedInto! } : {}),
          ...(answer ? { public_answer: answer.text || null } : {}),
          ...(decision.internalNote !== undefined ? { internal_note: decision.internalNote.trim() || null } : {}),
          updated_at: now,
        })
        .where('id', '=', decision.suggestionId)
        .execute();
      if (decision.status !== from) {
        await recordChange(trx, decision.suggestionId, from, decision.status, actor, now);
        current.set(decision.suggestionId, decision.status);
      }
      outcome.applied++;
    }
    return outcome;
  });
}
