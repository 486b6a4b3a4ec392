import { useState } from 'preact/hooks';
import { AuthorRole, Category } from '../lib/model';
import type { DraftValues } from '../overlay/draft';
import type { OverlayState } from '../overlay/state';
import { Dialog } from './Dialog';
import { targetLabel } from './target-label';

/** What is wrong, what would be better, and the role the person writes from; each with plain help. */
export function SuggestionForm({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const { draft } = state;
  const target = draft.target.value;
  const values = draft.values.value;
  const [problemMissing, setProblemMissing] = useState(false);
  if (!target) return null;

  const isText = target.kind === 'text';
  const update = (change: Partial<DraftValues>) => draft.update(change);
  const next = (event: Event) => {
    event.preventDefault();
    if (!values.problem.trim()) {
      setProblemMissing(true);
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>('#mg-problem')?.focus();
      return;
    }
    state.review();
  };

  return (
    <Dialog id="mg-form" title={t(draft.editing.value ? 'form.editTitle' : 'form.title')} onClose={() => state.close()} class="mg-form">
      <p>{t('form.about')} <strong class="mg-target">{targetLabel(target, t)}</strong></p>
      <form onSubmit={next} noValidate>
        <label for="mg-category">{t('form.category')}</label>
        <p id="mg-category-hint" class="mg-hint">{t('form.categoryHint')}</p>
        <select id="mg-category" aria-describedby="mg-category-hint" value={values.category}
          onChange={(event) => update({ category: event.currentTarget.value as DraftValues['category'] })}>
          {Category.options.map((category) => <option value={category}>{t(`category.${category}`)}</option>)}
        </select>

        <label for="mg-problem">{t('form.problem')}</label>
        <p id="mg-problem-hint" class="mg-hint">{t('form.problemHint')}</p>
        <textarea id="mg-problem" rows={4} required aria-required="true" aria-invalid={problemMissing} data-autofocus
          aria-describedby={problemMissing ? 'mg-problem-error mg-problem-hint' : 'mg-problem-hint'}
          value={values.problem} onInput={(event) => {
            update({ problem: event.currentTarget.value });
            if (event.currentTarget.value.trim()) setProblemMissing(false);
          }} />
        {/* Announced when it appears: focus reaches the field before this message exists. */}
        {problemMissing && <p id="mg-problem-error" class="mg-error" role="alert">{t('form.problemRequired')}</p>}

        {isText && (
          <figure class="mg-before">
            <figcaption>{t('form.before')}</figcaption>
            <blockquote>{target.label}</blockquote>
          </figure>
        )}
        <label for="mg-proposal">{t(isText ? 'form.proposalText' : 'form.proposal')}</label>
        <p id="mg-proposal-hint" class="mg-hint">{t('form.proposalHint')}</p>
        <textarea id="mg-proposal" rows={3} aria-describedby="mg-proposal-hint" value={values.proposal}
          onInput={(event) => update({ proposal: event.currentTarget.value })} />

        <label for="mg-role">{t('form.role')}</label>
        <p id="mg-role-hint" class="mg-hint">{t('form.roleHint')}</p>
        <select id="mg-role" aria-describedby="mg-role-hint" value={values.authorRole}
          onChange={(event) => update({ authorRole: event.currentTarget.value as DraftValues['authorRole'] })}>
          {AuthorRole.options.map((role) => <option value={role}>{t(`role.${role}`)}</option>)}
        </select>

        <div class="mg-actions">
          <button type="submit" class="mg-button mg-primary">{t('form.next')}</button>
          <button type="button" class="mg-button mg-quiet" onClick={() => state.close()}>{t('form.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
