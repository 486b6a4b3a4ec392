import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { AnnotationTarget, Language } from '../lib/model';
import type { ReviewSegment, SensitiveTopic } from '../lib/privacy';
import type { DraftValues } from '../overlay/draft';
import { Dialog } from './Dialog';
import { DiscardQuestion } from './DiscardQuestion';
import { targetLabel } from './target-label';
import { VisibleText } from './VisibleText';

interface ReviewProps {
  t: Translate;
  language: Language;
  target: AnnotationTarget;
  pageTitle: string;
  values: DraftValues;
  review: { problem: ReviewSegment[]; proposal: ReviewSegment[]; topics: SensitiveTopic[] };
  removedCount: number;
  sensitiveConfirmed: boolean;
  busy: boolean;
  error: string | null;
  confirmingDiscard: boolean;
  onConfirmSensitive(confirmed: boolean): void;
  /** Remove a word the filter marked as a possible name (offsets in the reviewed text). */
  onRemoveName(field: 'problem' | 'proposal', start: number, end: number): void;
  onSave(): void;
  onBack(): void;
  onClose(): void;
  onKeepWriting(): void;
  onDiscard(): void;
}

/**
 * Redacted text as it will be stored: each removed piece marked, and each word that looks like a name but
 * was kept marked too, with a button that removes it.
 */
function RedactedText({ t, segments, onRemoveName }: { t: Translate; segments: ReviewSegment[]; onRemoveName(start: number, end: number): void }) {
  return (
    <p class="mg-redacted">
      {segments.map((segment, index) =>
        segment.redacted ? (
          <mark key={index} class="mg-removed">{segment.text}</mark>
        ) : segment.possibleName ? (
          <span key={index} class="mg-possible-name">
            <mark>{segment.text}</mark>
            <button type="button" class="mg-button mg-remove-name" onClick={() => onRemoveName(segment.start, segment.end)}>
              {t('review.removeName', { name: segment.text })}
            </button>
          </span>
        ) : (
          <VisibleText key={index} text={segment.text} />
        ),
      )}
    </p>
  );
}

/**
 * Exactly what will be stored for sending, before anything is stored: personal data shown as
 * removed, and a clear question (not a silent block) when the text touches a specially protected topic.
 */
export function Review(props: ReviewProps) {
  const { t, target, values, review, removedCount, sensitiveConfirmed } = props;
  const [confirmMissing, setConfirmMissing] = useState(false);
  const sensitive = review.topics.length > 0;
  // "Gesundheit und Religion", "الصحة والدين": each language joins a list its own way.
  const topicList = new Intl.ListFormat(props.language, { type: 'conjunction' });

  const save = () => {
    if (props.busy) return;
    if (sensitive && !sensitiveConfirmed) {
      setConfirmMissing(true);
      return;
    }
    props.onSave();
  };

  return (
    <Dialog id="mg-review" title={t('review.title')} onClose={props.onClose} class="mg-review">
      <p>{t('review.intro')}</p>
      <dl class="mg-summary">
        <dt>{t('review.target')}</dt>
        <dd>{targetLabel(target, t)}</dd>
        <dt>{t('review.page')}</dt>
        <dd>{props.pageTitle}</dd>
        <dt>{t('review.category')}</dt>
        <dd>{t(`category.${values.category}`)}</dd>
        <dt>{t('review.problem')}</dt>
        <dd><RedactedText t={t} segments={review.problem} onRemoveName={(start, end) => props.onRemoveName('problem', start, end)} /></dd>
        {review.proposal.length > 0 && (
          <>
            <dt>{t('review.proposal')}</dt>
            <dd><RedactedText t={t} segments={review.proposal} onRemoveName={(start, end) => props.onRemoveName('proposal', start, end)} /></dd>
          </>
        )}
        <dt>{t('review.role')}</dt>
        <dd>{t(`role.${values.authorRole}`)}</dd>
      </dl>
      <p class={removedCount > 0 ? 'mg-notice' : 'mg-hint'}>{removedCount > 0 ? t('review.removed', { count: removedCount }) : t('review.nothingRemoved')}</p>
      {[...review.problem, ...review.proposal].some((segment) => segment.possibleName) && <p class="mg-notice">{t('review.possibleNames')}</p>}
      <p class="mg-hint">{t('review.mayMiss')}</p>

      {sensitive && (
        <section class="mg-question" aria-labelledby="mg-sensitive-title">
          <h3 id="mg-sensitive-title">{t('review.sensitiveTitle')}</h3>
          <p>{t('review.sensitive', { topics: topicList.format(review.topics.map((topic) => t(`topic.${topic}`))) })}</p>
          <button type="button" class="mg-button" onClick={props.onBack}>{t('review.sensitiveEdit')}</button>
          <label class="mg-check">
            <input type="checkbox" checked={sensitiveConfirmed} aria-describedby={confirmMissing ? 'mg-sensitive-error' : undefined}
              onChange={(event) => {
                props.onConfirmSensitive(event.currentTarget.checked);
                if (event.currentTarget.checked) setConfirmMissing(false);
              }} />
            {t('review.sensitiveConfirm')}
          </label>
          {confirmMissing && <p id="mg-sensitive-error" class="mg-error" role="alert">{t('review.sensitiveRequired')}</p>}
        </section>
      )}

      {props.error && <p class="mg-error" role="alert">{props.error}</p>}
      {props.confirmingDiscard ? (
        <DiscardQuestion t={t} onKeep={props.onKeepWriting} onDiscard={props.onDiscard} />
      ) : (
        <div class="mg-actions mg-sticky-actions">
          {/* aria-disabled, not disabled: a disabled button drops focus onto the page while saving. */}
          <button type="button" class="mg-button mg-primary" aria-disabled={props.busy} onClick={save}>{t('review.save')}</button>
          <button type="button" class="mg-button mg-quiet" onClick={props.onBack}>{t('review.back')}</button>
        </div>
      )}
    </Dialog>
  );
}
