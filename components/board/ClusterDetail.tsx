import { useEffect, useRef, useState } from 'preact/hooks';
import type { BacklogStatus, Suggestion } from '../../lib/model';
import type { ClusterSummary, PublicAnswerCheck, StatusOffer } from '../../lib/triage';
import type { BoardTranslate } from './types';

export interface MemberData {
  suggestion: Suggestion;
  status: BacklogStatus;
  publicAnswer?: string;
  receiptCode?: string;
}

export interface DecisionInput {
  /** Undefined: only the answer and note. */
  status: BacklogStatus | undefined;
  publicAnswer: string;
  internalNote: string;
}

interface ClusterDetailProps {
  t: BoardTranslate;
  summary: ClusterSummary;
  /** The cluster's suggestions, the first (earliest) first. */
  members: readonly MemberData[];
  offers: readonly StatusOffer[];
  busy: boolean;
  /** The privacy filter, as it will run on the answer before it is stored. */
  checkAnswer(text: string): PublicAnswerCheck;
  onDecide(input: DecisionInput): void;
  onSplit(suggestionIds: string[]): void;
  onClose(): void;
}

const SHOWN_AT_FIRST = 20;

function Context({ t, suggestion }: { t: BoardTranslate; suggestion: Suggestion }) {
  const quote = suggestion.target.selectors.find((s) => s.type === 'TextQuoteSelector');
  return (
    <dl class="mg-context">
      <dt>{t('board.detail.service')}</dt>
      <dd>{suggestion.page.service ?? '–'}</dd>
      <dt>{t('board.detail.step')}</dt>
      <dd>{suggestion.page.step ?? suggestion.page.title}</dd>
      <dt>{t('board.detail.target')}</dt>
      <dd>
        {suggestion.target.kind === 'page' ? t('board.detail.wholePage') : (suggestion.target.label ?? '–')}
        {quote && <q class="mg-quote">{quote.exact}</q>}
      </dd>
      <dt>{t('board.detail.category')}</dt>
      <dd>{t(`category.${suggestion.category}`)}</dd>
      <dt>{t('board.detail.problem')}</dt>
      <dd class="mg-said">{suggestion.problem}</dd>
      {suggestion.proposal && (
        <>
          <dt>{t('board.detail.proposal')}</dt>
          <dd class="mg-said">{suggestion.proposal}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * The open cluster: where and what, every voice counted by role, the suggestions themselves, and the
 * decision. Only statuses the workflow allows for at least one member are offered, each saying to how
 * many it applies; the public answer is shown as it will be stored, personal data removed.
 */
export function ClusterDetail({ t, summary, members, offers, busy, checkAnswer, onDecide, onSplit, onClose }: ClusterDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  const [status, setStatus] = useState<string>('');
  const [answer, setAnswer] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState<PublicAnswerCheck | undefined>(undefined);
  const [splitting, setSplitting] = useState<ReadonlySet<string>>(new Set());

  // A newly opened cluster: its heading takes focus, so a screen reader starts reading there.
  useEffect(() => {
    heading.current?.focus();
    setShown(SHOWN_AT_FIRST);
    setStatus('');
    setAnswer('');
    setNote('');
    setChecked(undefined);
    setSplitting(new Set());
  }, [summary.id]);

  const first = members[0]!;
  const statusCounts = Object.entries(summary.byStatus).map(([code, count]) => t('board.statusCount', { status: t(`status.${code as BacklogStatus}`), count }));
  const canMerge = members.length > 1 && offers.length > 0 && first.status !== 'merged';

  const submit = (event: Event) => {
    event.preventDefault();
    const result = answer.trim() ? checkAnswer(answer) : undefined;
    setChecked(result);
    // With personal data found, the person reads the stored wording before it goes out.
    if (result && result.redactions > 0 && checked?.text !== result.text) return;
    onDecide({ status: (status || undefined) as BacklogStatus | undefined, publicAnswer: answer, internalNote: note });
    // The status just set is no longer among the moves offered: start again from "keep".
    setStatus('');
    setAnswer('');
    setNote('');
    setChecked(undefined);
  };

  return (
    <section class="mg-detail" aria-labelledby="board-detail-title">
      <div class="mg-detail-head">
        <h2 id="board-detail-title" tabIndex={-1} ref={heading}>
          {t('board.detail.title', { count: summary.count })}
        </h2>
        <button type="button" class="mg-button mg-quiet" onClick={onClose}>
          {t('board.detail.close')}
        </button>
      </div>
      <p>
        {t('board.roles', { claimants: summary.byRole.claimant, caseworkers: summary.byRole.caseworker })}
        {summary.byRole.advisor + summary.byRole.other > 0 && ` · ${t('board.otherRoles', { count: summary.byRole.advisor + summary.byRole.other })}`}
      </p>
      {summary.bothSides && <p class="mg-both">{t('board.detail.bothSides')}</p>}
      <p>{statusCounts.join(' · ')}</p>
      <h3>{t('board.detail.first')}</h3>
      <Context t={t} suggestion={first.suggestion} />

      <form class="mg-decision" onSubmit={submit}>
        <h3>{t('board.decision.title')}</h3>
        <label for="board-decision-status">{t('board.decision.status')}</label>
        <select id="board-decision-status" value={status} onChange={(event) => setStatus(event.currentTarget.value)}>
          <option value="">{t('board.decision.keepStatus')}</option>
          {offers.map((offer) => (
            <option key={offer.status} value={offer.status}>
              {t('board.decision.offer', { status: t(`status.${offer.status}`), count: offer.applies, total: summary.count })}
            </option>
          ))}
          {canMerge && <option value="merged">{t('board.decision.duplicates', { count: members.length - 1 })}</option>}
        </select>
        <label for="board-decision-answer">{t('board.decision.answer')}</label>
        <p id="board-decision-answer-hint" class="mg-hint">
          {t('board.decision.answerHint')}
        </p>
        <textarea id="board-decision-answer" rows={4} maxLength={5000} aria-describedby="board-decision-answer-hint" value={answer}
          onInput={(event) => {
            setAnswer(event.currentTarget.value);
            setChecked(undefined);
          }} />
        {checked && checked.redactions > 0 && (
          <div class="mg-warning" role="alert">
            <p>{t('board.decision.redacted', { count: checked.redactions })}</p>
            <p class="mg-said">{checked.text}</p>
          </div>
        )}
        <label for="board-decision-note">{t('board.decision.note')}</label>
        <textarea id="board-decision-note" rows={2} maxLength={5000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        <button type="submit" class="mg-button mg-primary" disabled={busy || (!status && !answer.trim() && !note.trim())}>
          {checked && checked.redactions > 0 ? t('board.decision.saveRedacted') : t('board.decision.save')}
        </button>
      </form>

      <h3>{t('board.detail.members', { count: members.length })}</h3>
      <ul class="mg-members">
        {members.slice(0, shown).map((member) => (
          <li key={member.suggestion.id}>
            <input type="checkbox" id={`split-${member.suggestion.id}`} checked={splitting.has(member.suggestion.id)}
              onChange={() => {
                const next = new Set(splitting);
                if (!next.delete(member.suggestion.id)) next.add(member.suggestion.id);
                setSplitting(next);
              }} />
            <label for={`split-${member.suggestion.id}`}>
              <span class="mg-said">{member.suggestion.problem}</span>
              <span class="mg-hint">
                {t(`role.${member.suggestion.authorRole}`)} · {t(`status.${member.status}`)} · {member.suggestion.target.label ?? t('board.detail.wholePage')}
                {member.receiptCode ? ` · ${member.receiptCode}` : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {members.length > shown && (
        <button type="button" class="mg-button" onClick={() => setShown(shown + 50)}>
          {t('board.detail.more', { count: Math.min(50, members.length - shown) })}
        </button>
      )}
      <button type="button" class="mg-button" disabled={splitting.size === 0 || splitting.size === members.length} onClick={() => onSplit([...splitting])}>
        {t('board.detail.split', { count: splitting.size })}
      </button>
    </section>
  );
}
