import { batch, computed, signal } from '@preact/signals';
import { describe } from '../lib/anchoring';
import { composeEdit, composeSuggestion, describePage } from '../lib/compose';
import { isEditable, problemOf, type AnnotationTarget, type LauncherCorner, type PageInfo } from '../lib/model';
import { describeImport, describeProblem } from '../lib/i18n';
import { createDraft } from './draft';
import { rememberFocusedField } from './focus-memory';
import { createPageSuggestions } from './page-suggestions';
import { listPageTargets, type PageTarget } from './page-targets';
import { createPreferences } from './preferences';
import { createSending } from './sending';
import type { DeviceService } from '../lib/device';

export type { PlacedSuggestion } from './page-suggestions';

/**
 * Which part of the overlay is showing. One at a time: a stressed person should never have to
 * work out which of several open boxes to use.
 */
export type Panel = 'closed' | 'menu' | 'picking' | 'finder' | 'form' | 'review' | 'list' | 'send';


export interface OverlayOptions {
  device: DeviceService;
  doc: Document;
  /** Short code of the service, e.g. "WBA", from the embedding configuration. */
  service?: string;
  /** True for our own overlay's nodes, which are never annotated or watched. */
  isOwnNode: (node: EventTarget | null) => boolean;
}

/** The overlay's state as signals, composed of one module per concern, and the actions on it. */
export function createOverlayState({ device, doc, service, isOwnNode }: OverlayOptions) {
  const preferences = createPreferences(device, doc);
  const page = createPageSuggestions(device, doc, service, isOwnNode);
  const draft = createDraft(preferences.language);
  const focusedField = rememberFocusedField(doc, isOwnNode);
  const sending = createSending(device, doc);

  const panel = signal<Panel>('closed');
  const listTab = signal<'page' | 'everywhere'>('page');
  /** The list item to bring into view and focus when the list opens from a marker. */
  const focusItem = signal<string | null>(null);
  /** Page element that had the person's attention before the overlay took it; focus goes back there. */
  const returnFocusTo = signal<Element | null>(null);
  const hovered = signal<Element | null>(null);
  /** Text selected on the page while pointing (touch and keyboard select without a click). */
  const selection = signal<Range | null>(null);
  const finderTargets = signal<PageTarget[]>([]);
  /** The page as it will be recorded, shown in the review. */
  const pagePreview = signal<PageInfo | null>(null);
  /** Where the launcher is right now: the person's corner, unless that covers a page control. */
  const launcherPlacement = signal<{ corner: LauncherCorner; collapsed: boolean }>(preferences.launcher.value);
  const announcement = signal('');
  const error = signal<string | null>(null);
  const busy = signal(false);
  const t = preferences.t;
  /** While the send panel is open it follows the outbox. */
  let stopWatchingOutbox: (() => void) | undefined;

  const announce = (message: string) => {
    // Clearing first makes screen readers repeat an identical message.
    announcement.value = '';
    setTimeout(() => (announcement.value = message), 50);
  };

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

  /** Where focus goes back to on close: where the person came from, kept while they move between panels. */
  const keepOrigin = (from: Element | null) => from ?? (panel.value === 'closed' ? null : returnFocusTo.value);

  function startWriting(target: AnnotationTarget, from: Element | null) {
    batch(() => {
      draft.begin(target, preferences.role.value);
      // Opened from a page field (Alt+Shift+V): back there. Otherwise to what was chosen.
      returnFocusTo.value = returnFocusTo.value ?? from;
      hovered.value = null;
      selection.value = null;
      panel.value = 'form';
    });
  }

  return {
    preferences,
    page,
    draft,
    sending,
    /** The page field the person was last in, with its visible label read once (never its value). */
    focusedField: computed(() => {
      const field = focusedField.field.value;
      const label = field ? describe(field, doc).label : undefined;
      return field && label ? { field, label } : null;
    }),
    panel,
    listTab,
    focusItem,
    returnFocusTo,
    hovered,
    selection,
    finderTargets,
    pagePreview,
    launcherPlacement,
    announcement,
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
        },
        { blocking: false },
      );
    },
    stop() {
      focusedField.stop();
      page.stop();
    },

    /** `from`: the page element the person was in (keyboard shortcut); focus goes back there on close. */
    openMenu(from: Element | null = null) {
      batch(() => {
        error.value = null;
        returnFocusTo.value = keepOrigin(from);
        panel.value = 'menu';
      });
      void sending.load().catch(() => undefined);
    },
    close() {
      stopWatchingOutbox?.();
      stopWatchingOutbox = undefined;
      batch(() => {
        panel.value = 'closed';
        hovered.value = null;
        selection.value = null;
        focusItem.value = null;
        draft.clear();
      });
    },
    startPicking() {
      panel.value = 'picking';
      announce(t.value('picker.started'));
    },
    cancelPicking() {
      batch(() => {
        panel.value = 'menu';
        hovered.value = null;
        selection.value = null;
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
      const field = focusedField.field.value;
      if (field?.isConnected) startWriting(describe(field, doc), field);
    },
    chooseWholePage() {
      const info = describePage(doc, service);
      startWriting({ kind: 'page', selectors: [], label: info.step ?? info.title }, null);
    },
    openFinder() {
      batch(() => {
        finderTargets.value = listPageTargets(doc, isOwnNode);
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
      const target = draft.target.value;
      if (!target) return;
      const review = draft.review.value;
      if (review.topics.length > 0 && !draft.sensitiveConfirmed.value) return;
      await guarded(async () => {
        const values = draft.values.value;
        const language = preferences.language.value;
        const editing = draft.editing.value;
        if (editing) {
          await device.editTexts(editing.suggestion.id, composeEdit({ ...values, language }));
        } else {
          // Saved means ready to go: what "send all" sends.
          await device.save(composeSuggestion({ ...values, target, page: describePage(doc, service), language }));
        }
        await preferences.setRole(values.authorRole);
        await page.load();
        if (listTab.value === 'everywhere') await page.loadEverywhere();
        const wasEditing = editing !== null;
        batch(() => {
          draft.clear();
          panel.value = wasEditing ? 'list' : 'closed';
        });
        announce(t.value(wasEditing ? 'saved.updated' : 'saved.announce'));
      });
    },

    /** `from`: the marker that opened the list; focus goes back there on close. */
    async openList(options: { tab?: 'page' | 'everywhere'; focus?: string; from?: Element } = {}) {
      batch(() => {
        returnFocusTo.value = keepOrigin(options.from ?? null);
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

    async remove(id: string) {
      await guarded(async () => {
        await device.withdraw(id);
        await page.load();
        if (listTab.value === 'everywhere') await page.loadEverywhere();
        announce(t.value('list.deleted'));
      });
    },
  };
}

export type OverlayState = ReturnType<typeof createOverlayState>;
