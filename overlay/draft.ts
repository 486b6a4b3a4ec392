import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { AnnotationTarget, AuthorRole, Category, Language, StoredSuggestion } from '../lib/model';
import { loadPrivacyFilter, type PrivacyFilter } from './privacy-filter';

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
  /** Loaded as a form opens (overlay/privacy-filter.ts); until then there is no review to show. */
  const filter = signal<PrivacyFilter['privacy'] | null>(null);
  const filterReady = () =>
    loadPrivacyFilter().then((loaded) => {
      filter.value = loaded.privacy;
    });

  const review = computed(() => {
    const privacy = filter.value;
    if (!privacy) return null;
    const { problem, proposal } = values.value;
    const options = { language: language.value };
    return {
      problem: privacy.reviewSegments(problem.trim(), options),
      proposal: proposal.trim() ? privacy.reviewSegments(proposal.trim(), options) : [],
      topics: privacy.sensitiveTopics(`${problem}\n${proposal}`),
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
    removedCount: computed(() => (review.value ? [...review.value.problem, ...review.value.proposal].filter((segment) => segment.redacted).length : 0)),
    /** Resolves once the review can be shown; rejects when the filter could not be loaded. */
    filterReady,

    begin(next: AnnotationTarget, authorRole: AuthorRole) {
      target.value = next;
      editing.value = null;
      values.value = { category: 'unclear-wording', problem: '', proposal: '', authorRole };
      sensitiveConfirmed.value = false;
      void filterReady().catch(() => undefined); // while the person writes; "Weiter" waits for it
    },
    beginEdit(stored: StoredSuggestion) {
      const { suggestion } = stored;
      target.value = suggestion.target;
      editing.value = stored;
      values.value = { category: suggestion.category, problem: suggestion.problem, proposal: suggestion.proposal ?? '', authorRole: suggestion.authorRole };
      sensitiveConfirmed.value = false;
      void filterReady().catch(() => undefined);
    },
    /**
     * Remove, with one action, a word the review marked as a possible name (`start`/`end`: offsets in the
     * text as reviewed). The person decides; the filter only points at it.
     */
    removePossibleName(field: 'problem' | 'proposal', start: number, end: number) {
      const privacy = filter.peek();
      // Offered only in the review, which shows once the filter is here.
      if (privacy) update({ [field]: privacy.redactSpan(values.value[field].trim(), start, end, language.value) });
    },
    update,
    clear() {
      target.value = null;
      editing.value = null;
    },
  };
}

export type Draft = ReturnType<typeof createDraft>;
