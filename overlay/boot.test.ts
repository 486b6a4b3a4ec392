// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../lib/i18n/catalogues';
import { launcherWordsOf } from '../lib/i18n';
import { bootOverlay, type BootedOverlay, type BootInfo, type MountedOverlay } from './boot';
import { extensionHost } from './host';

const boot: BootInfo = { language: 'de', words: launcherWordsOf(CATALOGUES.de), catalogue: async () => CATALOGUES.de, launcher: { corner: 'bottom-end', collapsed: false }, pageCount: 0, hasDraft: false };
/** The overlay's shadow roots are closed to the page; the test keeps the reference the host was given. */
const shadowRoots: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  shadowRoots.push(root);
  return root;
};
const launcherButton = () => shadowRoots.at(-1)?.querySelector<HTMLButtonElement>('[data-launcher]') ?? null;

function overlayLoader() {
  const opened: Array<Element | null> = [];
  const mounted: MountedOverlay = { prepare: () => undefined, openMenu: (from) => void opened.push(from), close: () => undefined, toggleLauncherSize: () => undefined, moveLauncher: () => undefined, unmount: () => undefined };
  const loadOverlay = vi.fn(async () => async () => mounted);
  return { loadOverlay, opened };
}

let booted: BootedOverlay | undefined;
afterEach(() => {
  booted?.remove();
});

describe('what runs on every page view', () => {
  it('shows the launcher in the person’s language and loads nothing else until it is used', async () => {
    const { loadOverlay, opened } = overlayLoader();
    booted = await bootOverlay({ doc: document, host: extensionHost(document), start: async () => boot, loadOverlay });
    expect(launcherButton()?.textContent).toContain('Verbesserung vorschlagen');
    expect(loadOverlay).not.toHaveBeenCalled();
    // The page sees only our host, named so that no page can define it first, with nothing open inside.
    const host = [...document.documentElement.children].find((element) => element.localName.startsWith('mitgestalten-'))!;
    expect(host.shadowRoot).toBeNull();
    expect(host.localName).toMatch(/^mitgestalten-[0-9a-z]{4,}$/);
    launcherButton()!.click();
    await vi.waitFor(() => expect(opened).toEqual([null]));
    expect(loadOverlay).toHaveBeenCalledOnce();
  });

  it('loads the rest at once when the page has suggestions to mark', async () => {
    const { loadOverlay } = overlayLoader();
    booted = await bootOverlay({ doc: document, host: extensionHost(document), start: async () => ({ ...boot, pageCount: 2 }), loadOverlay });
    expect(loadOverlay).toHaveBeenCalledOnce();
    expect(launcherButton()?.textContent).toContain('2 gespeichert');
  });

  it('opens the menu when the shell asks (the toolbar popup, the widget’s open())', async () => {
    const { loadOverlay, opened } = overlayLoader();
    booted = await bootOverlay({ doc: document, host: extensionHost(document), start: async () => boot, loadOverlay });
    booted.open();
    await vi.waitFor(() => expect(opened).toEqual([null]));
  });
});
