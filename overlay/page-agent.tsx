import { computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { pageLayerCss } from '../components/page-layer.css';
import { labelOfField } from '../lib/anchoring/field-label';
import { sharedUntilFailure } from '../lib/async/shared-until-failure';
import type { DeviceService } from '../lib/device';
import { createTranslator, textDirection, type Messages, type Translate } from '../lib/i18n';
import type { Language, PageInfo } from '../lib/model';
import type { Handover, MountedOverlay } from './boot';
import type { LauncherPlacement } from './launcher-dock';
import type { AgentEnd, ListedTarget, Panel, ToPage } from './link';
import type { PageAnchoring } from './page-anchoring';
import { createPageSuggestions } from './page-suggestions';
import { PageLayer } from './page-layer';
import type { PageTarget } from './page-targets';

/** Where the panels live: a frame of the extension's origin, or beside the agent (the widget). */
export interface PanelsHost {
  /** Load the panels if they are not loaded yet; resolves with the agent's end of the link once they listen. */
  connect(): Promise<AgentEnd>;
  /** Show or hide the panels' box (the frame); `focus`: move keyboard focus into it. */
  show(visible: boolean, options?: { focus?: boolean }): void;
  /** The language's writing direction: panels sit at the end of the line (left in Arabic and Persian). */
  setDirection(direction: 'ltr' | 'rtl'): void;
  remove(): void;
}

export interface PageAgentOptions {
  /** Only this page's suggestions: the agent never asks for anything else. */
  device: Pick<DeviceService, 'listPage'>;
  panels: PanelsHost;
  /** Short code of the service, e.g. "WBA", from the embedding configuration. */
  service?: string;
  /** Quote matching, pointing and the list of fields: the widget loads them on use, the extension has them. */
  anchoring(): Promise<PageAnchoring>;
  /** The page as it is recorded, through the URL filter: the widget loads it beside the first panel. */
  describePage(): Promise<(doc: Document, service?: string) => PageInfo>;
}

const focusable = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && element.matches('a[href], button, input, select, textarea, [tabindex]');

/**
 * The half of the overlay that lives in the page (overlay/link.ts): the launcher the boot already shows,
 * pointing mode, this page's markers and the list of its fields. It reads labels and structure, never values,
 * and holds nothing a person types: that stays with the panels. Focus goes back where it came from when the
 * panels close (the page field, the marker, else the launcher).
 */
export async function mountPageAgent({ doc, host, dock, boot, isOwnNode, focusMemory }: Handover, options: PageAgentOptions): Promise<MountedOverlay> {
  const catalogue = signal<{ language: Language; messages: Messages }>({ language: boot.language, messages: await boot.catalogue() });
  const t = computed<Translate>(() => createTranslator(catalogue.value.language, catalogue.value.messages));
  const placement = signal<LauncherPlacement>(boot.launcher);
  const panel = signal<Panel>('closed');
  const hovered = signal<Element | null>(null);
  const selection = signal<Range | null>(null);
  const announcement = signal('');
  // Each loaded once; a failed load is tried again on the next use.
  const anchoring = sharedUntilFailure(options.anchoring);
  const describer = signal<((doc: Document, service?: string) => PageInfo) | null>(null);
  const loadDescriber = sharedUntilFailure(options.describePage);
  loadDescriber().then((describe) => (describer.value = describe), () => undefined);
  const page = createPageSuggestions(options.device, doc, options.service, isOwnNode, anchoring, loadDescriber);
  /** The page element the person came from: focus goes back there when the panels close. */
  let origin: Element | null = null;
  let listed: PageTarget[] = [];
  let link: AgentEnd | undefined;
  let stopListening: (() => void) | undefined;

  const announce = (message: string) => {
    announcement.value = '';
    setTimeout(() => (announcement.value = message), 50);
  };

  const snapshot = () => {
    const field = focusMemory.field();
    const label = field?.isConnected ? labelOfField(field, doc) ?? null : null;
    return {
      page: describer.value?.(doc, options.service) ?? null,
      pageLanguage: doc.documentElement.lang.slice(0, 35),
      focusedLabel: label ? label.slice(0, 500) : null,
      suggestions: page.known.value ? page.onPage.value.map(({ stored, number, at }) => ({ stored, number, placed: at !== null })) : null,
    };
  };

  const onMessage = (message: ToPage) => {
    switch (message.type) {
      case 'panel':
        return showPanel(message.panel);
      case 'list-targets':
        return void anchoring().then(({ listPageTargets }) => {
          listed = listPageTargets(doc, isOwnNode);
          const current = focusMemory.field();
          const targets: ListedTarget[] = listed.map(({ element, target, group }, key) => ({ key, target, group, current: current !== null && element === current }));
          link?.send({ type: 'targets', targets });
        });
      case 'chose-listed':
        origin = listed[message.key]?.element ?? null;
        return;
      case 'take-focused-field': {
        const field = focusMemory.field();
        if (!field?.isConnected) return;
        origin = field;
        return void anchoring().then(({ describe }) => link?.send({ type: 'picked', target: describe(field, doc) }));
      }
      case 'reload':
        return void page.load();
      case 'launcher':
        catalogue.value = { language: message.language, messages: message.catalogue as Messages };
        placement.value = message.placement;
        return;
      case 'announce':
        return announce(message.text);
    }
  };

  function showPanel(next: Panel) {
    const previous = panel.value;
    panel.value = next;
    const visible = next !== 'closed' && next !== 'picking';
    options.panels.show(visible, { focus: visible && (previous === 'closed' || previous === 'picking') });
    if (next === 'picking') announce(t.value('picker.started'));
    if (next !== 'closed' || previous === 'closed') return;
    if (focusable(origin)) origin.focus();
    else dock.focus();
    origin = null;
  }

  /** The panels, loaded on first use; every later call gets the same connection. */
  const panelsLink = sharedUntilFailure(() =>
    options.panels.connect().then((end) => {
      link = end;
      stopListening = end.listen(onMessage);
      end.send({ type: 'snapshot', snapshot: snapshot() });
      return end;
    }),
  );
  const tell = (message: Parameters<AgentEnd['send']>[0]) => void panelsLink().then((end) => end.send(message), () => undefined);
  /**
   * Open a panel: its box shows at once (the browser readies a frame for drawing while it loads), and takes focus
   * once the panels listen, just before the message that renders the panel, so that the panel can take focus as it
   * renders (nothing in a hidden frame can). Focused any earlier, the empty box would hold focus while the frame
   * loads, and a Tab pressed meanwhile would leave it for the page.
   */
  const open = (message: Parameters<AgentEnd['send']>[0]) => {
    options.panels.show(true);
    void panelsLink().then(
      (end) => {
        options.panels.show(true, { focus: true });
        end.send(message);
      },
      // The panels did not load: no empty box stays behind; the launcher offers the next try.
      () => options.panels.show(false),
    );
  };

  // Whatever the panels should know of the page goes to them as it changes: address, step, field, suggestions.
  const stopSnapshots = effect(() => {
    page.onPage.value;
    page.known.value;
    describer.value;
    if (link) link.send({ type: 'snapshot', snapshot: snapshot() });
  });
  const stopFocusWatch = focusMemory.watch(() => link?.send({ type: 'snapshot', snapshot: snapshot() }));

  /** Pointing mode on the page, with the anchoring it needs loaded; returns the function that ends it. */
  const startPointing = ({ describe, startPicker }: PageAnchoring) => {
    const trackSelection = () => {
      const current = doc.getSelection();
      const range = current && !current.isCollapsed && current.rangeCount > 0 ? current.getRangeAt(0) : null;
      selection.value = range && range.toString().trim() ? range.cloneRange() : null;
    };
    const pick = (place: Element | Range) => {
      hovered.value = null;
      selection.value = null;
      origin = null;
      link?.send({ type: 'picked', target: describe(place, doc) });
    };
    doc.addEventListener('selectionchange', trackSelection);
    const stopPicker = startPicker(doc, {
      isOwnNode,
      onHover: (element) => (hovered.value = element),
      onPickElement: pick,
      onPickText: pick,
      onCancel: () => {
        announce(t.value('picker.cancelled'));
        link?.send({ type: 'pick-cancelled' });
      },
    });
    return () => {
      doc.removeEventListener('selectionchange', trackSelection);
      stopPicker();
      hovered.value = null;
      selection.value = null;
    };
  };
  const stopPickerWhenDone = effect(() => {
    if (panel.value !== 'picking') return;
    let stopPointing: (() => void) | undefined;
    let ended = false;
    anchoring().then(
      (loaded) => {
        if (!ended) stopPointing = startPointing(loaded);
      },
      // Pointing could not load: back to the menu, as when the person cancels.
      () => !ended && link?.send({ type: 'pick-cancelled' }),
    );
    return () => {
      ended = true;
      stopPointing?.();
    };
  });

  // The launcher shows this page's count in the chosen language, in the chosen corner, while no panel is open.
  const stopDock = effect(() => {
    const { language } = catalogue.value;
    // Until the device has answered, the boot's count stands (not a passing 0).
    const count = page.known.value ? page.onPage.value.length : boot.pageCount;
    dock.render({ t: t.value, lang: language, dir: textDirection(language), count, preferred: placement.value });
    options.panels.setDirection(textDirection(language));
    dock.setVisible(panel.value === 'closed');
  });

  const onResize = () => page.refresh();
  const view = doc.defaultView ?? window;
  view.addEventListener('resize', onResize);

  // Offered only while pointing, so the anchoring is already loaded.
  const takeSelection = () => {
    const range = selection.value;
    if (range) {
      origin = null;
      void anchoring().then(({ describe }) => link?.send({ type: 'picked', target: describe(range, doc) }));
    }
  };
  host.adoptStyles(pageLayerCss);
  render(
    <PageLayer t={t} language={catalogue} panel={panel} markers={page.onPage} hovered={hovered} selection={selection} announcement={announcement}
      onOpenMarker={(id, from) => {
        origin = from;
        open({ type: 'open-list', focus: id });
      }}
      onTakeSelection={takeSelection} onCancelPicking={() => link?.send({ type: 'pick-cancelled' })} />,
    host.container,
  );
  // The panels need not wait for the device: what they show of this page's suggestions comes when it answers.
  void page.start().catch(() => undefined);
  // A draft from before a reload comes back at once: the panels restore it.
  if (boot.hasDraft) void panelsLink().catch(() => undefined);

  return {
    prepare: () => void panelsLink().catch(() => undefined),
    openMenu(from) {
      if (panel.value !== 'closed') return;
      origin = from;
      open({ type: 'open-menu' });
    },
    close() {
      if (panel.value !== 'closed') link?.send({ type: 'close' });
    },
    toggleLauncherSize: () => tell({ type: 'launcher', change: { collapsed: !placement.value.collapsed } }),
    moveLauncher: (corner) => tell({ type: 'launcher', change: { corner } }),
    unmount() {
      view.removeEventListener('resize', onResize);
      stopPickerWhenDone();
      stopDock();
      stopSnapshots();
      stopFocusWatch();
      stopListening?.();
      page.stop();
      options.panels.remove();
      render(null, host.container);
    },
  };
}
