import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import { AuthorRole, Category, type AnnotationTarget } from '../lib/model';
import type { DraftValues } from '../overlay/draft';
import { Dialog } from './Dialog';
import { DiscardQuestion } from './DiscardQuestion';
import { targetLabel } from './target-label';

interface SuggestionFormProps {
  t: Translate;
  target: AnnotationTarget;
  values: DraftValues;
  editing: boolean;
  /** Closing was asked for with unsaved text: ask before throwing it away. */
  confirmingDiscard: boolean;
  /** Why the review could not open (its privacy filter did not load), in the person's language. */
  error: string | null;
  onChange(change: Partial<DraftValues>): void;
  onNext(): void;
  onClose(): void;
  onKeepWriting(): void;
  onDiscard(): void;
}

/** What is wrong, what would be better, and the role the person writes from; each with plain help. */
export function SuggestionForm({ t, target, values, editing, confirmingDiscard, error, onChange, onNext, onClose, onKeepWriting, onDiscard }: SuggestionFormProps) {
  const [problemMissing, setProblemMissing] = useState(false);
  const isText = target.kind === 'text';
  const next = (event: Event) => {
    event.preventDefault();
    if (!values.problem.trim()) {
      setProblemMissing(true);
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>('#mg-problem')?.focus();
      return;
    }
    onNext();
  };

  return (
    <Dialog id="mg-form" title={t(editing ? 'form.editTitle' : 'form.title')} onClose={onClose} class="mg-form">
      <p>{t('form.about')} <strong class="mg-target">{targetLabel(target, t)}</strong></p>
      <form onSubmit={next} noValidate>
        <label for="mg-category">{t('form.category')}</label>
        <p id="mg-category-hint" class="mg-hint">{t('form.categoryHint')}</p>
        <select id="mg-category" aria-describedby="mg-category-hint" value={values.category}
          onChange={(event) => onChange({ category: event.currentTarget.value as DraftValues['category'] })}>
          {Category.options.map((category) => <option key={category} value={category}>{t(`category.${category}`)}</option>)}
        </select>

        <label for="mg-problem">{t('form.problem')}</label>
        <p id="mg-problem-hint" class="mg-hint">{t('form.problemHint')}</p>
        <textarea id="mg-problem" rows={4} required aria-required="true" aria-invalid={problemMissing} data-autofocus
          aria-describedby={problemMissing ? 'mg-problem-error mg-problem-hint' : 'mg-problem-hint'}
          value={values.problem} onInput={(event) => {
            onChange({ problem: event.currentTarget.value });
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
          onInput={(event) => onChange({ proposal: event.currentTarget.value })} />

        <label for="mg-role">{t('form.role')}</label>
        <p id="mg-role-hint" class="mg-hint">{t('form.roleHint')}</p>
        <select id="mg-role" aria-describedby="mg-role-hint" value={values.authorRole}
          onChange={(event) => onChange({ authorRole: event.currentTarget.value as DraftValues['authorRole'] })}>
          {AuthorRole.options.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
        </select>

        {error && <p class="mg-error" role="alert">{error}</p>}
        {confirmingDiscard ? (
          <DiscardQuestion t={t} onKeep={onKeepWriting} onDiscard={onDiscard} />
        ) : (
          // Sticky: on a small screen or at 200 % zoom the way on stays in view while scrolling the form.
          <div class="mg-actions mg-sticky-actions">
            <button type="submit" class="mg-button mg-primary">{t('form.next')}</button>
            <button type="button" class="mg-button mg-quiet" onClick={onClose}>{t('form.cancel')}</button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
