import { batch, signal } from '@preact/signals';
import { describe } from '../lib/anchoring';
import { describePage } from '../lib/compose';
import type { DeviceService } from '../lib/device';
import { describeImport, describeProblem } from '../lib/i18n';
import { isEditable, problemOf, type AnnotationTarget, type PageInfo } from '../lib/model';
import { createDraft } from './draft';
import type { FocusMemory } from './focus-memory';
import { createNavigation } from './navigation';
import { createPageSuggestions } from './page-suggestions';
import { listPageTargets } from './page-targets';
import { createPointing } from './pointing';
import { createPreferences, type Catalogues } from './preferences';
import { createSending } from './sending';
import { createWriting } from './writing';

export type { PlacedSuggestion } from './page-suggestions';
export type { Panel } from './navigation';

export interface OverlayOptions {
  device: DeviceService;
  doc: Document;
  /** Short code of the service, e.g. "WBA", from the embedding configuration. */
  service?: string;
  /** True for our own overlay's nodes, which are never annotated or watched. */
  isOwnNode: (node: EventTarget | null) => boolean;
  catalogues: Catalogues;
  /** The page field the person was last in, remembered since the page loaded. */
  focusMemory: FocusMemory;
}

/**
 * The overlay's state, composed of one module per concern (navigation, preferences, this page's
 * suggestions, pointing, writing, sending), and the actions that move a person from one to the next.
 */
export function createOverlayState({ device, doc, service, isOwnNode, catalogues, focusMemory }: OverlayOptions) {
  const preferences = createPreferences(device, doc, catalogues);
  const page = createPageSuggestions(device, doc, service, isOwnNode);
  const navigation = createNavigation();
  const pointing = createPointing(doc, focusMemory);
  const draft = createDraft(preferences.language);
  const writing = createWriting({ device, doc, service, draft, language: preferences.language });
  const sending = createSending(device, doc);
  const { panel, returnFocusTo, error, busy, announce, keepOrigin } = navigation;
  const t = preferences.t;

  const listTab = signal<'page' | 'everywhere'>('page');
  /** The list item to bring into view and focus when the list opens from a marker. */
  const focusItem = signal<string | null>(null);
  /** The page as it will be recorded, shown in the review. */
  const pagePreview = signal<PageInfo | null>(null);
  /** While the send panel is open it follows the outbox. */
  let stopWatchingOutbox: (() => void) | undefined;

  /** `blocking`: the person's own action runs, so its buttons wait (`busy`) until it is done. */
  async function guarded(work: () => Promise<void>, { blocking = true } = {}) {
    error.value = null;
    if (blocking) busy.value = true;
    try {
      await work();
    } catch (cause) {
      error.value = describeProblem(problemOf(cause), t.value, preferences.language.value);
      announce(error.value);
    } finally {
      if (blocking) busy.value = false;
    }
  }

  function startWriting(target: AnnotationTarget, from: Element | null) {
    batch(() => {
      draft.begin(target, preferences.role.value);
      // Opened from a page field (Alt+Shift+V): back there. Otherwise to what was chosen.
      returnFocusTo.value = returnFocusTo.value ?? from;
      pointing.clear();
      panel.value = 'form';
    });
  }

  function closeNow() {
    stopWatchingOutbox?.();
    stopWatchingOutbox = undefined;
    batch(() => {
      panel.value = 'closed';
      pointing.clear();
      focusItem.value = null;
      writing.confirmingDiscard.value = false;
      draft.clear();
    });
  }

  async function reloadLists() {
    await page.load();
    if (listTab.value === 'everywhere') await page.loadEverywhere();
  }

  return {
    preferences,
    page,
    draft,
    writing,
    sending,
    pointing,
    focusedField: pointing.focusedField,
    panel,
    listTab,
    focusItem,
    returnFocusTo,
    pagePreview,
    announcement: navigation.announcement,
    error,
    busy,
    t,

    async start() {
      // Loading on arrival is not the person's action: it must not disable "Vorschlag speichern"
      // while a cold extension background starts (a disabled button cannot take focus either).
      await guarded(
        async () => {
          await preferences.load();
          await page.start();
          // A draft from before a reload comes back where it was being written.
          const restored = await writing.restore(async (id) => {
            const stored = page.onPage.value.find((placed) => placed.stored.suggestion.id === id)?.stored;
            return stored && isEditable(stored) ? stored : undefined;
          });
          if (restored && panel.value === 'closed') panel.value = 'form';
        },
        { blocking: false },
      );
    },
    stop() {
      preferences.stop();
      pointing.stop();
      writing.stop();
      page.stop();
      stopWatchingOutbox?.();
    },

    /** `from`: the page element the person was in (keyboard shortcut); focus goes back there on close. */
    openMenu(from: Element | null = null) {
      batch(() => {
        error.value = null;
        keepOrigin(from);
        panel.value = 'menu';
      });
      void sending.load().catch(() => undefined);
    },
    /**
     * Close whatever is open. With unsaved text in the form or review, ask first (Escape, "Abbrechen" and
     * the close button all come here); `discard` confirms throwing the text away.
     */
    close({ discard = false } = {}) {
      if ((panel.value === 'form' || panel.value === 'review') && writing.hasUnsavedText() && !discard) {
        writing.confirmingDiscard.value = true;
        return;
      }
      if (discard) void writing.discard();
      closeNow();
    },
    keepWriting() {
      writing.confirmingDiscard.value = false;
    },
    startPicking() {
      panel.value = 'picking';
      announce(t.value('picker.started'));
    },
    cancelPicking() {
      batch(() => {
        panel.value = 'menu';
        pointing.clear();
      });
      announce(t.value('picker.cancelled'));
    },
    /**
     * A field, section or text the person pointed at (mouse, touch). Focus goes back to the launcher
     * afterwards, not into the field: on a phone that would open the keyboard over the page.
     */
    choose(target: Element | Range) {
      startWriting(describe(target, doc), null);
    },
    /** A field or section chosen from the list by keyboard: focus returns to it afterwards. */
    chooseFromList(element: Element) {
      startWriting(describe(element, doc), element);
    },
    chooseFocusedField() {
      const field = pointing.focusedField.value?.field;
      if (field?.isConnected) startWriting(describe(field, doc), field);
    },
    chooseWholePage() {
      const info = describePage(doc, service);
      startWriting({ kind: 'page', selectors: [], label: info.step ?? info.title }, null);
    },
    openFinder() {
      batch(() => {
        pointing.finderTargets.value = listPageTargets(doc, isOwnNode);
        panel.value = 'finder';
      });
    },

    /** From the form to the review of exactly what will be stored for sending. */
    review() {
      batch(() => {
        pagePreview.value = describePage(doc, service);
        panel.value = 'review';
      });
    },
    backToForm() {
      panel.value = 'form';
    },

    async save() {
      const review = draft.review.value;
      if (review.topics.length > 0 && !draft.sensitiveConfirmed.value) return;
      await guarded(async () => {
        const outcome = await writing.save();
        if (!outcome.saved) return;
        await preferences.setRole(outcome.authorRole);
        await reloadLists();
        batch(() => {
          draft.clear();
          panel.value = outcome.wasEditing ? 'list' : 'closed';
        });
        announce(t.value(outcome.wasEditing ? 'saved.updated' : 'saved.announce'));
      });
    },

    /** `from`: the marker that opened the list; focus goes back there on close. */
    async openList(options: { tab?: 'page' | 'everywhere'; focus?: string; from?: Element } = {}) {
      batch(() => {
        keepOrigin(options.from ?? null);
        listTab.value = options.tab ?? listTab.value;
        focusItem.value = options.focus ?? null;
        panel.value = 'list';
      });
      await guarded(async () => {
        if (listTab.value === 'everywhere') await page.loadEverywhere();
        // Answers are looked up behind the list: it shows what is known at once, and the page's
        // suggestions are reloaded when one of them turned out to be answered.
        await sending.loadReceipts(() => void page.load());
      });
    },
    async showTab(tab: 'page' | 'everywhere') {
      listTab.value = tab;
      if (tab === 'everywhere') await guarded(page.loadEverywhere);
    },
    edit(id: string) {
      const stored = [...page.onPage.value.map((placed) => placed.stored), ...page.everywhere.value].find((record) => record.suggestion.id === id);
      if (!stored || !isEditable(stored)) return;
      batch(() => {
        draft.beginEdit(stored);
        panel.value = 'form';
      });
    },
    async withdraw(id: string) {
      await guarded(async () => {
        await device.withdraw(id);
        await reloadLists();
        announce(t.value('list.deleted'));
      });
    },

    async openSend() {
      panel.value = 'send';
      stopWatchingOutbox ??= sending.watch();
      await guarded(sending.load);
    },
    async sendNow(selection: 'all-unsent' | string[]) {
      await guarded(async () => {
        const summary = await sending.send(selection);
        await page.load();
        const parts = [];
        if (summary.sent > 0) parts.push(t.value('send.done', { count: summary.sent }));
        if (summary.notSent > 0) parts.push(t.value('send.failed', { count: summary.notSent }), ...summary.problems.map((problem) => describeProblem(problem, t.value, preferences.language.value)));
        // Another tab or the automatic retry may have sent everything meanwhile: say so, not nothing.
        if (summary.sent === 0 && summary.notSent === 0) parts.push(t.value('send.nothingLeft'));
        announce(parts.join(' '));
      });
    },
    async exportUnsent(format: 'json' | 'csv', container: Element) {
      await guarded(async () => {
        const count = await sending.exportUnsent(format, container);
        await page.load();
        announce(t.value('send.exported', { count }));
      });
    },
    async importFile(file: File) {
      await guarded(async () => {
        const report = await sending.importFile(file);
        announce(describeImport(report, t.value));
      });
    },
  };
}

export type OverlayState = ReturnType<typeof createOverlayState>;
