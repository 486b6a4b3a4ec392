import { createTranslator, textDirection, type LauncherWords, type Messages } from '../lib/i18n';
import type { Language, LauncherCorner } from '../lib/model';
import { rememberFocusedField, type FocusMemory } from './focus-memory';
import { createOverlayHost, type HostKind, type OverlayHost } from './host';
import { createLauncherDock, type LauncherDock, type LauncherPlacement } from './launcher-dock';

/** What a page needs to know before anything is clicked, in one answer from the device. */
export interface BootInfo {
  /** The language to speak. */
  language: Language;
  /** The launcher's words in it: all a page view shows. */
  words: LauncherWords;
  /** Its whole catalogue, got on first use (with the rest of the overlay), and only this language's. */
  catalogue(): Promise<Messages>;
  launcher: LauncherPlacement;
  /** Suggestions made on this page: when there are any, the rest of the overlay loads at once for the markers. */
  pageCount: number;
  /** An unsaved draft of this page is kept on the device (the page was reloaded mid-sentence): it comes back at once. */
  hasDraft: boolean;
}

/** What the overlay hands back once mounted: the launcher's and the shortcut's actions, and its removal. */
export interface MountedOverlay {
  /** Get the panels ready (a click is likely to follow), so the first one shows quickly. */
  prepare(): void;
  /** `from`: the page element the person was in; focus goes back there on close. */
  openMenu(from: Element | null): void;
  /** Close the open panel as Escape does (the widget's `close()`). */
  close(): void;
  toggleLauncherSize(): void;
  moveLauncher(corner: LauncherCorner): void;
  unmount(): void;
}

/** Everything the rest of the overlay takes over from the boot: nothing is built twice. */
export interface Handover {
  doc: Document;
  host: OverlayHost;
  dock: LauncherDock;
  boot: BootInfo;
  isOwnNode(node: EventTarget | null): boolean;
  focusMemory: FocusMemory;
}

export interface BootOptions {
  doc: Document;
  /** The extension's closed host or the widget's open one (overlay/host.ts says why). */
  host: HostKind;
  /**
   * Keeps the host in the top layer from page load (overlay/top-layer.ts): the extension's boot carries it.
   * The widget's loader, which every page view pays for, leaves it to the rest of the overlay (overlay/mount.tsx).
   */
  keepOnTop?: (doc: Document, host: HTMLElement) => () => void;
  /**
   * Start loading what the first panel needs besides the rest of the overlay, as soon as a click is likely:
   * the extension's panels frame loads while its page agent is injected, not after.
   */
  prepare?: (host: OverlayHost, boot: BootInfo) => void;
  /** Ask the device for the boot information (the extension: one message to its background). */
  start(): Promise<BootInfo>;
  /** Load the rest of the overlay (panels, pointing, markers, privacy filter) and mount it. */
  loadOverlay(): Promise<(handover: Handover) => Promise<MountedOverlay>>;
}

/** The booted overlay, as its shell (content script, widget) controls it. */
export interface BootedOverlay {
  /** Open the menu, as the launcher does (the extension's toolbar popup, the widget's `open()`). */
  open(): void;
  /** Close the open panel, as Escape does (the widget's `close()`). */
  close(): void;
  /** Remove every trace: listeners, nodes, the mounted panels. */
  remove(): void;
}

/**
 * What runs on every page view: the host, the launcher and the shortcut, and one question to the device.
 * Everything else loads on first use (a click, Alt+Shift+V) or at once when this page has suggestions to
 * mark.
 */
export async function bootOverlay({ doc, start, loadOverlay, host: hostKind, keepOnTop, prepare }: BootOptions): Promise<BootedOverlay> {
  const boot = await start();
  const host = createOverlayHost(doc, hostKind);
  const stopKeepingOnTop = keepOnTop?.(doc, host.element);
  const isOwnNode = (node: EventTarget | null) => node === host.element;
  const focusMemory = rememberFocusedField(doc, isOwnNode);
  let mounted: Promise<MountedOverlay> | undefined;
  const overlay = () =>
    // The catalogue comes beside the rest of the overlay, not after it.
    (mounted ??= Promise.all([loadOverlay(), boot.catalogue()])
      .then(([mount]) => mount({ doc, host, dock, boot, isOwnNode, focusMemory }))
      .catch((error: unknown) => {
        mounted = undefined; // try again on the next click
        throw error;
      }));
  const then = (action: (overlay: MountedOverlay) => void) => void overlay().then(action, () => undefined);

  const dock = createLauncherDock(doc, host.dockContainer, isOwnNode, {
    // Start loading the rest while the pointer is on its way to the click: the first panel shows sooner.
    onIntent: () => {
      prepare?.(host, boot);
      then((loaded) => loaded.prepare());
    },
    onOpen: () => {
      prepare?.(host, boot);
      then((loaded) => loaded.openMenu(null));
    },
    onToggleSize: () => then((loaded) => loaded.toggleLauncherSize()),
    onMove: (corner) => then((loaded) => loaded.moveLauncher(corner)),
  });
  dock.render({
    t: createTranslator(boot.language, boot.words),
    lang: boot.language,
    dir: textDirection(boot.language),
    count: boot.pageCount,
    preferred: boot.launcher,
  });

  // Alt+Shift+V ("Vorschlag") opens the overlay from anywhere on the page, without a mouse and
  // without tabbing through the whole page to the launcher.
  const onShortcut = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.code !== 'KeyV') return;
    event.preventDefault();
    const active = doc.activeElement;
    prepare?.(host, boot);
    then((loaded) => loaded.openMenu(active && active !== doc.body && !isOwnNode(active) ? active : null));
  };
  doc.addEventListener('keydown', onShortcut);

  if (boot.pageCount > 0 || boot.hasDraft) void overlay().catch(() => undefined);

  return {
    open: () => then((loaded) => loaded.openMenu(null)),
    close: () => void mounted?.then((loaded) => loaded.close(), () => undefined),
    remove() {
      doc.removeEventListener('keydown', onShortcut);
      focusMemory.stop();
      void mounted?.then((loaded) => loaded.unmount(), () => undefined);
      dock.remove();
      stopKeepingOnTop?.();
      host.remove();
    },
  };
}
