import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { redactSpan, reviewSegments, sensitiveTopics } from '../lib/privacy';
import type { AnnotationTarget, AuthorRole, Category, Language, StoredSuggestion } from '../lib/model';

export interface DraftValues {
  category: Category;
  problem: string;
  proposal: string;
  authorRole: AuthorRole;
}

/**
 * The suggestion a person is writing or editing, and the review of it: exactly the text that will be
 * stored for sending, with what the privacy filter removes marked, and any special-category topics.
 */
export function createDraft(language: ReadonlySignal<Language>) {
  const target = signal<AnnotationTarget | null>(null);
  const editing = signal<StoredSuggestion | null>(null);
  const values = signal<DraftValues>({ category: 'unclear-wording', problem: '', proposal: '', authorRole: 'claimant' });
  /** The person confirmed that the special-category topics in their text may be sent as they are. */
  const sensitiveConfirmed = signal(false);

  const review = computed(() => {
    const { problem, proposal } = values.value;
    const options = { language: language.value };
    return {
      problem: reviewSegments(problem.trim(), options),
      proposal: proposal.trim() ? reviewSegments(proposal.trim(), options) : [],
      topics: sensitiveTopics(`${problem}\n${proposal}`),
    };
  });

  function update(change: Partial<DraftValues>) {
    values.value = { ...values.value, ...change };
    // A changed text must be looked at again before it may go out with a sensitive topic.
    if (change.problem !== undefined || change.proposal !== undefined) sensitiveConfirmed.value = false;
  }

  return {
    target,
    editing,
    values,
    sensitiveConfirmed,
    review,
    removedCount: computed(() => [...review.value.problem, ...review.value.proposal].filter((segment) => segment.redacted).length),

    begin(next: AnnotationTarget, authorRole: AuthorRole) {
      target.value = next;
      editing.value = null;
      values.value = { category: 'unclear-wording', problem: '', proposal: '', authorRole };
      sensitiveConfirmed.value = false;
    },
    beginEdit(stored: StoredSuggestion) {
      const { suggestion } = stored;
      target.value = suggestion.target;
      editing.value = stored;
      values.value = { category: suggestion.category, problem: suggestion.problem, proposal: suggestion.proposal ?? '', authorRole: suggestion.authorRole };
      sensitiveConfirmed.value = false;
    },
    /**
     * Remove, with one action, a word the review marked as a possible name (`start`/`end`: offsets in the
     * text as reviewed). The person decides; the filter only points at it.
     */
    removePossibleName(field: 'problem' | 'proposal', start: number, end: number) {
      update({ [field]: redactSpan(values.value[field].trim(), start, end, language.value) });
    },
    update,
    clear() {
      target.value = null;
      editing.value = null;
    },
  };
}

export type Draft = ReturnType<typeof createDraft>;
