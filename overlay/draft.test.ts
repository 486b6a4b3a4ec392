import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { AnnotationTarget, Language, StoredSuggestion } from '../lib/model';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { composeEdit } from '../lib/compose';
import { createDraft } from './draft';

const FIELD: AnnotationTarget = { kind: 'field', selectors: [], label: 'Kaltmiete' };
const IBAN = 'DE89 3704 0044 0532 0130 00';

/** The review, once the privacy filter has loaded (it loads as a form opens). */
function reviewOf(draft: ReturnType<typeof createDraft>) {
  const review = draft.review.value;
  if (!review) throw new Error('The review is not ready');
  return review;
}

function draftIn(language: Language = 'de') {
  const lang = signal<Language>(language);
  return { draft: createDraft(lang), lang };
}

describe('the review of a draft: exactly what will be stored, with removals marked', () => {
  it('shows the problem with the IBAN replaced by a marked placeholder, and counts the removal', async () => {
    const { draft } = draftIn();
    draft.begin(FIELD, 'claimant');
    await draft.filterReady();
    draft.update({ problem: `  Meine IBAN ${IBAN} passt nicht ins Feld.  ` });
    const { problem, proposal } = reviewOf(draft);
    expect(problem.map((segment) => segment.text).join('')).toBe('Meine IBAN [IBAN entfernt] passt nicht ins Feld.');
    expect(problem.filter((segment) => segment.redacted)).toMatchObject([{ text: '[IBAN entfernt]', redacted: 'iban' }]);
    expect(proposal).toEqual([]);
    expect(draft.removedCount.value).toBe(1);
  });

  it('counts removals in the proposal too, and names the placeholder in the overlay’s language', async () => {
    const { draft, lang } = draftIn();
    draft.begin(FIELD, 'claimant');
    await draft.filterReady();
    draft.update({ problem: `IBAN ${IBAN}`, proposal: `Beispiel: ${IBAN}` });
    expect(draft.removedCount.value).toBe(2);
    lang.value = 'en';
    expect(reviewOf(draft).proposal.map((segment) => segment.text).join('')).toBe('Beispiel: [IBAN removed]');
  });

  it('has no marks and nothing removed for an ordinary text', async () => {
    const { draft } = draftIn();
    draft.begin(FIELD, 'claimant');
    await draft.filterReady();
    draft.update({ problem: 'Was heißt Kaltmiete?' });
    expect(reviewOf(draft).problem).toMatchObject([{ text: 'Was heißt Kaltmiete?', redacted: undefined }]);
    expect(draft.removedCount.value).toBe(0);
    expect(reviewOf(draft).topics).toEqual([]);
  });

  it('names special-category topics from the problem and the proposal', async () => {
    const { draft } = draftIn();
    draft.begin(FIELD, 'claimant');
    await draft.filterReady();
    draft.update({ problem: 'Ich bin seit Monaten krank.', proposal: 'Ein Hinweis für Schwangere fehlt.' });
    expect(reviewOf(draft).topics).toEqual(['health', 'pregnancy']);
  });
});

describe('the confirmation for special categories', () => {
  function confirmedDraft() {
    const { draft } = draftIn();
    draft.begin(FIELD, 'caseworker');
    draft.update({ problem: 'Ich bin krank.' });
    draft.sensitiveConfirmed.value = true;
    return draft;
  }

  it('is withdrawn when the problem text changes: the new text has not been looked at', async () => {
    const draft = confirmedDraft();
    draft.update({ problem: 'Ich bin krank. Und noch etwas.' });
    expect(draft.sensitiveConfirmed.value).toBe(false);
  });

  it('is withdrawn when the proposal changes', async () => {
    const draft = confirmedDraft();
    draft.update({ proposal: 'Besser so.' });
    expect(draft.sensitiveConfirmed.value).toBe(false);
  });

  it('stays when only the category or the role changes: the text is the same', async () => {
    const draft = confirmedDraft();
    draft.update({ category: 'process-friction', authorRole: 'advisor' });
    expect(draft.sensitiveConfirmed.value).toBe(true);
  });

  it('starts unconfirmed for a new draft and for an edit', async () => {
    const draft = confirmedDraft();
    draft.begin(FIELD, 'claimant');
    await draft.filterReady();
    expect(draft.sensitiveConfirmed.value).toBe(false);
    draft.sensitiveConfirmed.value = true;
    draft.beginEdit(stored());
    await draft.filterReady();
    expect(draft.sensitiveConfirmed.value).toBe(false);
  });
});

describe('starting and editing a draft', () => {
  it('starts empty with the remembered role and the plainest category', async () => {
    const { draft } = draftIn();
    draft.begin(FIELD, 'caseworker');
    await draft.filterReady();
    expect(draft.target.value).toBe(FIELD);
    expect(draft.editing.value).toBeNull();
    expect(draft.values.value).toEqual({ category: 'unclear-wording', problem: '', proposal: '', authorRole: 'caseworker' });
  });

  it('opens a stored suggestion with its own values and target', async () => {
    const { draft } = draftIn();
    const record = stored();
    draft.beginEdit(record);
    await draft.filterReady();
    expect(draft.editing.value).toBe(record);
    expect(draft.target.value).toEqual(record.suggestion.target);
    expect(draft.values.value).toEqual({ category: 'missing-information', problem: 'Wo steht das?', proposal: '', authorRole: 'advisor' });
  });

  it('forgets the target when cleared, so nothing can be saved by accident', async () => {
    const { draft } = draftIn();
    draft.beginEdit(stored());
    await draft.filterReady();
    draft.clear();
    expect(draft.target.value).toBeNull();
    expect(draft.editing.value).toBeNull();
  });
});

function stored(): StoredSuggestion {
  return {
    status: 'draft',
    suggestion: {
      target: { kind: 'text', selectors: [], label: 'Die Kaltmiete ist die Miete ohne Nebenkosten.' },
      category: 'missing-information',
      problem: 'Wo steht das?',
      authorRole: 'advisor',
    },
  } as unknown as StoredSuggestion;
}

describe('editing a saved suggestion keeps its redaction record', () => {
  const saved = (problem: string, redactions: StoredSuggestion['suggestion']['redactions']): StoredSuggestion => ({
    status: 'queued',
    suggestion: { ...makeSuggestion({ problem, redactions }) },
  });

  it('marks the placeholders kept from the first redaction in the review, and counts them', async () => {
    const { draft } = draftIn();
    draft.beginEdit(saved('Meine IBAN [IBAN entfernt] passt nicht.', { iban: 1 }));
    await draft.filterReady();
    draft.update({ problem: 'Meine IBAN [IBAN entfernt] passt nicht ins Feld.' });
    expect(reviewOf(draft).problem.filter((segment) => segment.redacted)).toMatchObject([{ text: '[IBAN entfernt]', redacted: 'iban' }]);
    expect(draft.removedCount.value).toBe(1);
  });

  it('stores the count of every placeholder the edited texts hold, old and new', async () => {
    const edit = composeEdit({ category: 'unclear-wording', authorRole: 'claimant', language: 'de', problem: `Meine IBAN [IBAN entfernt], neu: ${IBAN}`, proposal: '' });
    expect(edit.problem).toBe('Meine IBAN [IBAN entfernt], neu: [IBAN entfernt]');
    expect(edit.redactions).toEqual({ iban: 2 });
    expect(edit.proposal).toBeUndefined();
  });
});

describe('possible names', () => {
  it('are marked in the review, and removing one replaces exactly that word with the placeholder', async () => {
    const { draft } = draftIn();
    draft.begin(FIELD, 'claimant');
    await draft.filterReady();
    draft.update({ problem: '  Frag mal Kemal, der weiß das.  ' });
    const name = reviewOf(draft).problem.find((segment) => segment.possibleName)!;
    expect(name.text).toBe('Kemal');
    draft.removePossibleName('problem', name.start, name.end);
    expect(draft.values.value.problem).toBe('Frag mal [Name entfernt], der weiß das.');
    expect(reviewOf(draft).problem.some((segment) => segment.possibleName)).toBe(false);
    expect(draft.removedCount.value).toBe(1);
  });
});
