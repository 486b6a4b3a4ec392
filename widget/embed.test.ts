// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../lib/i18n/catalogues';
import { launcherWordsOf } from '../lib/i18n';
import type { BootInfo, MountedOverlay } from '../overlay/boot';
import { createWidget, type WidgetApi } from './embed';
import type { Emit, WidgetSession } from './session';

const boot: BootInfo = { language: 'de', words: launcherWordsOf(CATALOGUES.de), catalogue: async () => CATALOGUES.de, launcher: { corner: 'bottom-end', collapsed: false }, pageCount: 0, hasDraft: false };
const hosts = () => document.querySelectorAll('mitgestalten-overlay').length;

/** The widget over a session that answers at once: what the page sees of the API, without the lazy parts. */
function widgetWithSession() {
  let emit!: Emit;
  const opened: Array<Element | null> = [];
  const mounted: MountedOverlay = { prepare: () => undefined, openMenu: (from) => void opened.push(from), close: vi.fn(), toggleLauncherSize: vi.fn(), moveLauncher: vi.fn(), unmount: vi.fn() };
  const session: WidgetSession = { start: async () => boot, loadOverlay: async () => async () => mounted, retryDue: vi.fn(), stop: vi.fn() };
  const startSession = vi.fn((_doc: Document, _options: object, give: Emit) => ((emit = give), session));
  const widget = createWidget(document, async () => ({ startSession }) as unknown as typeof import('./parts'));
  return { widget, session, startSession, mounted, opened, emit: (...args: Parameters<Emit>) => emit(...args) };
}

let current: WidgetApi | undefined;
afterEach(() => current?.destroy());

describe('the widget’s API', () => {
  it('init twice shows one launcher and starts one session', async () => {
    const { widget, startSession } = widgetWithSession();
    current = widget;
    await Promise.all([widget.init({ service: 'WBA' }), widget.init({ service: 'other' })]);
    expect(hosts()).toBe(1);
    expect(startSession).toHaveBeenCalledOnce();
    expect(startSession.mock.calls[0]![1]).toEqual({ service: 'WBA' });
    expect(document.documentElement.hasAttribute('data-mitgestalten-widget')).toBe(true);
  });

  it('open() and close() reach the mounted overlay', async () => {
    const { widget, mounted, opened } = widgetWithSession();
    current = widget;
    await widget.init();
    widget.open();
    await vi.waitFor(() => expect(opened).toEqual([null]));
    widget.close();
    await vi.waitFor(() => expect(mounted.close).toHaveBeenCalledOnce());
  });

  it('tells the site of saved and sent; a listener can stop listening', async () => {
    const { widget, emit } = widgetWithSession();
    current = widget;
    await widget.init();
    const heard: unknown[] = [];
    const stop = widget.on('saved', (detail) => heard.push(detail));
    emit('saved', { suggestionId: 'a' });
    stop();
    emit('saved', { suggestionId: 'b' });
    expect(heard).toEqual([{ suggestionId: 'a' }]);
  });

  it('destroy() removes the launcher, the mark and the online listener, and stops the session; init() works again', async () => {
    const { widget, session } = widgetWithSession();
    current = widget;
    await widget.init();
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(session.retryDue).toHaveBeenCalledOnce());
    widget.destroy();
    await vi.waitFor(() => expect(session.stop).toHaveBeenCalledOnce());
    expect(hosts()).toBe(0);
    expect(document.documentElement.hasAttribute('data-mitgestalten-widget')).toBe(false);
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
    expect(session.retryDue).toHaveBeenCalledOnce();
    await widget.init();
    expect(hosts()).toBe(1);
  });
});
