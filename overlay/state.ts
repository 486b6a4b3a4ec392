import { batch, signal } from '@preact/signals';
import type { DeviceService } from '../lib/device';
import { describeImport, describeProblem } from '../lib/i18n';
import type { AnnotationTarget, PageInfo } from '../lib/model';
import { isEditable } from '../lib/model/suggestion-rules';
import { createDraft } from './draft';
import type { ListedTarget, PanelsEnd, ToPanels } from './link';
import { createNavigation } from './navigation';
import { createPageView } from './page-view';
import { createPreferences, type Catalogues } from './preferences';
import { createSending } from './sending';
import { createWriting } from './writing';

export type { Panel } from './navigation';

export interface OverlayOptions {
  device: DeviceService;
  /** The panels' end of the link to the page agent (overlay/link.ts). */
  link: PanelsEnd;
  /** The document the panels render in (the extension's frame, or the page for the widget): downloads start there. */
  doc: Document;
  catalogues: Catalogues;
  /** The browser's preferred languages, for choosing the language before the person does. */
  browserLanguages: readonly string[];
}

/**
 * The panels' state, composed of one module per concern (navigation, preferences, the page as the agent
 * describes it, writing, sending), and the actions that move a person from one to the next. Everything
 * about the page itself (pointing, markers, focus on the page) is the page agent's, reached through `link`.
 */
export function createOverlayState({ device, link, doc, catalogues, browserLanguages }: OverlayOptions) {
  const page = createPageView(link, device);
  const preferences = createPreferences(device, { browserLanguages, pageLanguage: () => page.snapshot.value?.pageLanguage ?? '' }, catalogues);
  const navigation = createNavigation();
  const draft = createDraft(preferences.language);
  const writing = createWriting({ device, currentPage: page.current, draft, language: preferences.language });
  const sending = createSending(device, doc);
  const { panel, error, busy, announce } = navigation;
  const t = preferences.t;

  const listTab = signal<'page' | 'everywhere'>('page');
  /** The list item to bring into view and focus when the list opens from a marker. */
  const focusItem = signal<string | null>(null);
  /** The page as it will be recorded, shown in the review. */
  const pagePreview = signal<PageInfo | null>(null);
  /** The page's fields and sections, listed by the agent when the finder opens. */
  const finderTargets = signal<ListedTarget[]>([]);
  /** While the send panel is open it follows the outbox. */
  let stopWatchingOutbox: (() => void) | undefined;

  /** `blocking`: the person's own action runs, so its buttons wait (`busy`) until it is done. */
  async function guarded(work: () => Promise<void>, { blocking = true } = {}) {
    error.value = null;
    if (blocking) busy.value = true;
    try {
      await work();
    } catch (cause) {
      // Loaded with the error: recognising a problem needs its schema, which the first panel goes without.
      const { problemOf } = await import('../lib/model/problem');
      error.value = describeProblem(problemOf(cause), t.value, preferences.language.value);
      announce(error.value);
    } finally {
      if (blocking) busy.value = false;
    }
  }

  function startWriting(target: AnnotationTarget) {
    batch(() => {
      draft.begin(target, preferences.role.value);
      panel.value = 'form';
    });
  }

  function closeNow() {
    stopWatchingOutbox?.();
    stopWatchingOutbox = undefined;
    batch(() => {
      panel.value = 'closed';
      focusItem.value = null;
      writing.confirmingDiscard.value = false;
      draft.clear();
    });
  }

  async function reloadLists() {
    page.reload();
    if (listTab.value === 'everywhere') await page.loadEverywhere();
  }

  /** What the page agent tells the panels: open, a place was pointed at, the page changed. */
  function receive(message: ToPanels) {
    switch (message.type) {
      case 'open-menu':
        return actions.openMenu();
      case 'open-list':
        return void actions.openList({ tab: 'page', focus: message.focus });
      case 'close':
        return panel.value === 'closed' ? undefined : actions.close();
      case 'picked':
        return startWriting(message.target);
      case 'pick-cancelled':
        return actions.cancelPicking();
      case 'launcher':
        return void preferences.setLauncher(message.change);
      default:
        return page.receive(message);
    }
  }

  const actions = {
    preferences,
    page,
    draft,
    writing,
    sending,
    panel,
    listTab,
    focusItem,
    finderTargets,
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
          await Promise.all([preferences.load(), page.arrived]);
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
      writing.stop();
      stopListening();
      stopWatchingOutbox?.();
    },

    openMenu() {
      batch(() => {
        error.value = null;
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
    /** The agent takes over: the panels hide while the person points at the page (overlay/page-agent.tsx). */
    startPicking() {
      panel.value = 'picking';
    },
    cancelPicking() {
      if (panel.value === 'picking') panel.value = 'menu';
    },
    /** A field or section chosen from the list by keyboard: focus returns to it afterwards. */
    chooseFromList(item: ListedTarget) {
      link.send({ type: 'chose-listed', key: item.key });
      startWriting(item.target);
    },
    /** The agent describes the field the person was in and answers with `picked`. */
    chooseFocusedField() {
      link.send({ type: 'take-focused-field' });
    },
    async chooseWholePage() {
      await page.described;
      const info = page.current();
      startWriting({ kind: 'page', selectors: [], label: info.step ?? info.title });
    },
    async openFinder() {
      finderTargets.value = await page.listTargets();
      panel.value = 'finder';
    },

    /** From the form to the review of exactly what will be stored for sending. */
    async review() {
      // The filter loads while the person writes; on a slow line "Weiter" waits for it (or says it failed).
      await guarded(async () => {
        await draft.filterReady();
        batch(() => {
          pagePreview.value = page.current();
          panel.value = 'review';
        });
      });
    },
    backToForm() {
      panel.value = 'form';
    },

    async save() {
      const review = draft.review.value;
      if (!review || (review.topics.length > 0 && !draft.sensitiveConfirmed.value)) return;
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

    async openList(options: { tab?: 'page' | 'everywhere'; focus?: string } = {}) {
      batch(() => {
        listTab.value = options.tab ?? listTab.value;
        focusItem.value = options.focus ?? null;
        panel.value = 'list';
      });
      await guarded(async () => {
        if (listTab.value === 'everywhere') await page.loadEverywhere();
        // Answers are looked up behind the list: it shows what is known at once, and the page's
        // suggestions are reloaded when one of them turned out to be answered.
        await sending.loadReceipts(page.reload);
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
        page.reload();
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
        page.reload();
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
  const stopListening = link.listen(receive);
  return actions;
}

export type OverlayState = ReturnType<typeof createOverlayState>;
