import { useEffect, useRef, useState } from 'preact/hooks';
import { Category, AuthorRole } from '../lib/model';
import type { FormValues, OverlayState } from '../overlay/state';
import { targetLabel } from './target-label';

/** The suggestion itself: what is wrong, what would be better, and the role the person writes from. */
export function SuggestionForm({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const chosen = state.chosen.value;
  const [values, setValues] = useState<FormValues>({ category: 'unclear-wording', problem: '', proposal: '', authorRole: state.role.value });
  const [problemMissing, setProblemMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!chosen) return null;

  const update = (change: Partial<FormValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = (event: Event) => {
    event.preventDefault();
    if (!values.problem.trim()) {
      setProblemMissing(true);
      return;
    }
    void state.save(values);
  };

  return (
    <section class="mg-panel mg-form" role="dialog" aria-modal="true" aria-labelledby="mg-form-title"
      onKeyDown={(event) => event.key === 'Escape' && state.close()}>
      <h2 id="mg-form-title" tabIndex={-1} ref={heading}>{t('form.title')}</h2>
      <p class="mg-target">{targetLabel(chosen.target, t)}</p>
      <form onSubmit={submit} noValidate>
        <label for="mg-category">{t('form.category')}</label>
        <select id="mg-category" value={values.category} onChange={(event) => update({ category: event.currentTarget.value as FormValues['category'] })}>
          {Category.options.map((category) => (
            <option value={category}>{t(`category.${category}`)}</option>
          ))}
        </select>

        <label for="mg-problem">{t('form.problem')}</label>
        <p id="mg-problem-hint" class="mg-hint">{t('form.problemHint')}</p>
        <textarea id="mg-problem" rows={4} required aria-required="true" aria-invalid={problemMissing}
          aria-describedby={problemMissing ? 'mg-problem-hint mg-problem-error' : 'mg-problem-hint'}
          value={values.problem} onInput={(event) => update({ problem: event.currentTarget.value })} />
        {problemMissing && <p id="mg-problem-error" class="mg-error">{t('form.problemRequired')}</p>}

        <label for="mg-proposal">{t('form.proposal')}</label>
        <textarea id="mg-proposal" rows={3} value={values.proposal} onInput={(event) => update({ proposal: event.currentTarget.value })} />

        <label for="mg-role">{t('form.role')}</label>
        <select id="mg-role" value={values.authorRole} onChange={(event) => update({ authorRole: event.currentTarget.value as FormValues['authorRole'] })}>
          {AuthorRole.options.map((role) => (
            <option value={role}>{t(`role.${role}`)}</option>
          ))}
        </select>

        {state.error.value && <p class="mg-error" role="alert">{state.error.value}</p>}
        <div class="mg-actions">
          <button type="submit" class="mg-button mg-primary" disabled={state.busy.value}>{t('form.save')}</button>
          <button type="button" class="mg-button mg-quiet" onClick={() => state.close()}>{t('form.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
