import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DeviceService } from '../lib/device';
import type { Language, PageInfo, StoredSuggestion } from '../lib/model';
import { isSamePage } from '../lib/model/page-identity';
import type { Draft } from './draft';
import { loadPrivacyFilter } from './privacy-filter';

/** Keep the draft at most this long after the last keystroke before writing it to the device. */
const KEEP_AFTER_MS = 400;

interface WritingOptions {
  device: DeviceService;
  /** The page as it will be recorded with the suggestion (described by the page agent). */
  currentPage(): PageInfo;
  draft: Draft;
  language: ReadonlySignal<Language>;
}

/**
 * Writing a suggestion without losing a word: the draft is kept on the device while the person writes
 * (a reload or an accidental close brings it back), closing with unsaved text asks first, and saving
 * composes the suggestion through the privacy filter.
 */
export function createWriting({ device, currentPage, draft, language }: WritingOptions) {
  /** The person asked to close while their text is unsaved: the panel asks before anything is thrown away. */
  const confirmingDiscard = signal(false);
  let keepTimer: ReturnType<typeof setTimeout> | undefined;

  const hasUnsavedText = () => {
    if (!draft.target.value) return false;
    const { problem, proposal } = draft.values.value;
    const editing = draft.editing.value?.suggestion;
    if (editing) return problem !== editing.problem || proposal !== (editing.proposal ?? '');
    return problem.trim() !== '' || proposal.trim() !== '';
  };

  /** Called only while there is unsaved text, so there is a target. */
  const keep = () => {
    const editingId = draft.editing.value?.suggestion.id;
    return device.keepDraft({
      page: currentPage(),
      target: draft.target.value!,
      ...draft.values.value,
      ...(editingId ? { editingId } : {}),
      savedAt: new Date().toISOString(),
    });
  };

  // Every change of what is written is kept, a moment after typing stops.
  const stopKeeping = effect(() => {
    draft.target.value;
    draft.values.value;
    clearTimeout(keepTimer);
    if (!hasUnsavedText()) return;
    keepTimer = setTimeout(() => void keep().catch(() => undefined), KEEP_AFTER_MS);
  });

  return {
    confirmingDiscard,
    hasUnsavedText,

    /**
     * A draft this device kept for this page (the tab was reloaded or closed mid-sentence), put back into
     * the form. `editable` finds the saved suggestion a draft was changing; a draft for one that can no
     * longer change is dropped. Returns whether a draft came back.
     */
    async restore(editable: (id: string) => Promise<StoredSuggestion | undefined>): Promise<boolean> {
      const kept = await device.readDraft();
      if (!kept || !isSamePage(kept.page, currentPage())) return false;
      const editing = kept.editingId ? await editable(kept.editingId) : undefined;
      if (kept.editingId && !editing) {
        await device.keepDraft(null);
        return false;
      }
      if (editing) draft.beginEdit(editing);
      else draft.begin(kept.target, kept.authorRole);
      draft.update({ category: kept.category, problem: kept.problem, proposal: kept.proposal, authorRole: kept.authorRole });
      return true;
    },

    /** Throw the kept draft away on the device; the panel that closes clears what is on screen. */
    async discard() {
      clearTimeout(keepTimer);
      await device.keepDraft(null).catch(() => undefined);
    },

    /** Save what the review showed: a new suggestion, or the changed texts of one not yet in a batch. */
    async save() {
      const target = draft.target.value;
      if (!target) return { saved: false as const };
      const values = draft.values.value;
      const editing = draft.editing.value;
      const { composeEdit, composeSuggestion } = (await loadPrivacyFilter()).compose;
      if (editing) {
        await device.editTexts(editing.suggestion.id, composeEdit({ ...values, language: language.value }));
      } else {
        await device.save(composeSuggestion({ ...values, target, page: currentPage(), language: language.value }));
      }
      clearTimeout(keepTimer);
      await device.keepDraft(null).catch(() => undefined);
      return { saved: true as const, wasEditing: editing !== null, authorRole: values.authorRole };
    },

    stop() {
      clearTimeout(keepTimer);
      stopKeeping();
    },
  };
}

export type Writing = ReturnType<typeof createWriting>;
