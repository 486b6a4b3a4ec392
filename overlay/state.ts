import { batch, computed, signal } from '@preact/signals';
import { anchor, describe } from '../lib/anchoring';
import { composeSuggestion, describePage, type SuggestionDraft } from '../lib/compose';
import { chooseLanguage, textDirection, translator } from '../lib/i18n';
import type { AnnotationTarget, AuthorRole, Language, StoredSuggestion } from '../lib/model';
import type { LocalStore } from '../lib/store';

/** The store as the overlay needs it: opened directly (widget) or reached by messages (extension). */
export type OverlayStore = Omit<LocalStore, 'close'>;

export type Panel = 'closed' | 'menu' | 'picking' | 'form' | 'list';

export interface Chosen {
  target: AnnotationTarget;
  /** Where to put focus back when the form closes. */
  returnFocusTo?: Element;
}

export interface PlacedSuggestion {
  stored: StoredSuggestion;
  /** Number shown on the marker and in the list, 1-based, stable within the page. */
  number: number;
  /** The element the marker sits at, or null when the page changed and the target is gone. */
  element: Element | null;
}

export interface OverlayOptions {
  store: OverlayStore;
  doc: Document;
  service?: string;
}

export type FormValues = Pick<SuggestionDraft, 'category' | 'problem' | 'proposal' | 'authorRole'>;

/** All overlay state lives here as signals; components only read them and call the actions. */
export function createOverlayState({ store, doc, service }: OverlayOptions) {
  const language = signal<Language>(chooseLanguage(undefined, doc.documentElement.lang));
  const t = computed(() => translator(language.value));
  const direction = computed(() => textDirection(language.value));
  const panel = signal<Panel>('closed');
  const chosen = signal<Chosen | null>(null);
  const hovered = signal<Element | null>(null);
  const onPage = signal<PlacedSuggestion[]>([]);
  const role = signal<AuthorRole>('claimant');
  const announcement = signal('');
  const error = signal<string | null>(null);
  const busy = signal(false);

  const announce = (message: string) => {
    // Clearing first makes screen readers repeat an identical message.
    announcement.value = '';
    queueMicrotask(() => (announcement.value = message));
  };

  const fail = (cause: unknown) => {
    error.value = t.value('error.generic', { message: cause instanceof Error ? cause.message : String(cause) });
    announce(error.value);
  };

  /** Find each stored suggestion of this page again; called on open and whenever the page changes. */
  function placeAll(records: StoredSuggestion[] = onPage.value.map((placed) => placed.stored)) {
    onPage.value = records.map((stored, index) => {
      const match = stored.suggestion.target.kind === 'page' ? null : anchor(stored.suggestion.target, doc);
      const element = match?.element ?? match?.range?.startContainer.parentElement ?? null;
      return { stored, number: index + 1, element };
    });
  }

  let loadedUrl = '';
  async function loadPage() {
    try {
      loadedUrl = describePage(doc, service).url;
      placeAll(await store.suggestions.listByPage(loadedUrl));
    } catch (cause) {
      fail(cause);
    }
  }

  async function loadSettings() {
    try {
      const settings = await store.settings.read();
      if (settings.role) role.value = settings.role;
      if (settings.language) language.value = settings.language;
    } catch (cause) {
      fail(cause);
    }
  }

  return {
    language,
    t,
    direction,
    panel,
    chosen,
    hovered,
    onPage,
    role,
    announcement,
    error,
    busy,
    pageChangedCount: computed(() => onPage.value.filter((placed) => placed.element === null && placed.stored.suggestion.target.kind !== 'page').length),

    async start() {
      await Promise.all([loadSettings(), loadPage()]);
    },
    /** The page changed: a new address (single-page navigation) loads its suggestions, else re-place. */
    syncWithPage() {
      if (describePage(doc, service).url !== loadedUrl) return loadPage();
      placeAll();
      return Promise.resolve();
    },

    openMenu() {
      error.value = null;
      panel.value = 'menu';
    },
    close() {
      batch(() => {
        panel.value = 'closed';
        chosen.value = null;
        hovered.value = null;
      });
    },
    startPicking() {
      panel.value = 'picking';
      announce(t.value('picker.started'));
    },
    cancelPicking() {
      panel.value = 'menu';
      hovered.value = null;
      announce(t.value('picker.cancelled'));
    },
    choose(target: Element | Range) {
      const returnFocusTo = target instanceof Element ? target : undefined;
      batch(() => {
        chosen.value = { target: describe(target, doc), ...(returnFocusTo ? { returnFocusTo } : {}) };
        hovered.value = null;
        panel.value = 'form';
      });
    },
    chooseWholePage() {
      const page = describePage(doc, service);
      batch(() => {
        chosen.value = { target: { kind: 'page', selectors: [], label: page.step ?? page.title } };
        panel.value = 'form';
      });
    },
    openList() {
      panel.value = 'list';
    },

    async save(values: FormValues) {
      const current = chosen.value;
      if (!current || busy.value) return;
      busy.value = true;
      error.value = null;
      try {
        const suggestion = composeSuggestion({ ...values, target: current.target, page: describePage(doc, service), language: language.value });
        await store.suggestions.add(suggestion, 'draft');
        role.value = values.authorRole;
        await store.settings.write({ role: values.authorRole });
        await loadPage();
        batch(() => {
          panel.value = 'closed';
          chosen.value = null;
        });
        announce(t.value('saved.announce'));
      } catch (cause) {
        fail(cause);
      } finally {
        busy.value = false;
      }
    },

    async remove(id: string) {
      try {
        await store.suggestions.delete(id);
        await loadPage();
        announce(t.value('list.deleted'));
      } catch (cause) {
        fail(cause);
      }
    },
  };
}

export type OverlayState = ReturnType<typeof createOverlayState>;
