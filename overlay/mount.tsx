import { effect } from '@preact/signals';
import { render } from 'preact';
import { Overlay } from '../components/Overlay';
import { createOverlayHost } from './host';
import { startPicker } from './picker';
import { createOverlayState, type OverlayOptions } from './state';

/** How long the page must be quiet before markers are placed again after it changed. */
const REPLACE_AFTER_MS = 250;

/**
 * Put the overlay on a page: the shadow host, the Preact tree, annotation mode while picking, and
 * markers that follow the page as it changes. Both shells (extension, widget) call only this.
 * Returns a function that removes every trace again.
 */
export async function mountOverlay(options: OverlayOptions): Promise<() => void> {
  const { doc } = options;
  const view = doc.defaultView ?? window;
  const host = createOverlayHost(doc);
  const state = createOverlayState(options);
  const isOwnNode = (node: EventTarget | null) => node === host.element;

  const stopPickerWhenDone = effect(() => {
    if (state.panel.value !== 'picking') return;
    return startPicker(doc, {
      isOwnNode,
      onHover: (element) => (state.hovered.value = element),
      onPickElement: (element) => state.choose(element),
      onPickText: (range) => state.choose(range),
      onCancel: () => state.cancelPicking(),
    });
  });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const replaceSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void state.syncWithPage(), REPLACE_AFTER_MS);
  };
  const pageChanges = new MutationObserver((records) => {
    if (records.some((record) => !host.element.contains(record.target) && record.target !== host.element)) replaceSoon();
  });
  pageChanges.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['id', 'class', 'hidden'] });
  view.addEventListener('resize', replaceSoon);
  // Single-page apps change their address without a load; their DOM changes too, which replaceSoon sees.
  view.addEventListener('popstate', replaceSoon);

  render(<Overlay state={state} />, host.container);
  await state.start();

  return () => {
    clearTimeout(pending);
    pageChanges.disconnect();
    view.removeEventListener('resize', replaceSoon);
    view.removeEventListener('popstate', replaceSoon);
    stopPickerWhenDone();
    render(null, host.container);
    host.remove();
  };
}
