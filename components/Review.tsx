import { useState } from 'preact/hooks';
import type { RedactedSegment } from '../lib/privacy';
import type { OverlayState } from '../overlay/state';
import { Dialog } from './Dialog';
import { targetLabel } from './target-label';

/** Redacted text as it will be stored, each removed piece marked and named for screen readers. */
function RedactedText({ segments }: { segments: RedactedSegment[] }) {
  return (
    <p class="mg-redacted">
      {segments.map((segment, index) => (segment.redacted ? <mark key={index} class="mg-removed">{segment.text}</mark> : segment.text))}
    </p>
  );
}

/**
 * Exactly what will be stored for sending, before anything is stored: personal data shown as
 * removed, and a clear question (not a silent block) when the text touches a specially protected topic.
 */
export function Review({ state, pageTitle }: { state: OverlayState; pageTitle: string }) {
  const t = state.t.value;
  const { draft } = state;
  const target = draft.target.value;
  const review = draft.review.value;
  const values = draft.values.value;
  const [confirmMissing, setConfirmMissing] = useState(false);
  if (!target) return null;
  const removed = state.draft.removedCount.value;
  const sensitive = review.topics.length > 0;
  // "Gesundheit und Religion", "الصحة والدين": each language joins a list its own way.
  const topicList = new Intl.ListFormat(state.preferences.language.value, { type: 'conjunction' });

  const save = () => {
    if (sensitive && !draft.sensitiveConfirmed.value) {
      setConfirmMissing(true);
      return;
    }
    void state.save();
  };

  return (
    <Dialog id="mg-review" title={t('review.title')} onClose={() => state.close()} class="mg-review">
      <p>{t('review.intro')}</p>
      <dl class="mg-summary">
        <dt>{t('review.target')}</dt>
        <dd>{targetLabel(target, t)}</dd>
        <dt>{t('review.page')}</dt>
        <dd>{pageTitle}</dd>
        <dt>{t('review.category')}</dt>
        <dd>{t(`category.${values.category}`)}</dd>
        <dt>{t('review.problem')}</dt>
        <dd><RedactedText segments={review.problem} /></dd>
        {review.proposal.length > 0 && (
          <>
            <dt>{t('review.proposal')}</dt>
            <dd><RedactedText segments={review.proposal} /></dd>
          </>
        )}
        <dt>{t('review.role')}</dt>
        <dd>{t(`role.${values.authorRole}`)}</dd>
      </dl>
      <p class={removed > 0 ? 'mg-notice' : 'mg-hint'}>{removed > 0 ? t('review.removed', { count: removed }) : t('review.nothingRemoved')}</p>

      {sensitive && (
        <section class="mg-question" aria-labelledby="mg-sensitive-title">
          <h3 id="mg-sensitive-title">{t('review.sensitiveTitle')}</h3>
          <p>{t('review.sensitive', { topics: topicList.format(review.topics.map((topic) => t(`topic.${topic}`))) })}</p>
          <button type="button" class="mg-button" onClick={() => state.backToForm()}>{t('review.sensitiveEdit')}</button>
          <label class="mg-check">
            <input type="checkbox" checked={draft.sensitiveConfirmed.value} aria-describedby={confirmMissing ? 'mg-sensitive-error' : undefined}
              onChange={(event) => {
                draft.sensitiveConfirmed.value = event.currentTarget.checked;
                if (event.currentTarget.checked) setConfirmMissing(false);
              }} />
            {t('review.sensitiveConfirm')}
          </label>
          {confirmMissing && <p id="mg-sensitive-error" class="mg-error" role="alert">{t('review.sensitiveRequired')}</p>}
        </section>
      )}

      {state.error.value && <p class="mg-error" role="alert">{state.error.value}</p>}
      <div class="mg-actions">
        <button type="button" class="mg-button mg-primary" disabled={state.busy.value} onClick={save}>{t('review.save')}</button>
        <button type="button" class="mg-button mg-quiet" onClick={() => state.backToForm()}>{t('review.back')}</button>
      </div>
    </Dialog>
  );
}
