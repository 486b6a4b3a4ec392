/** What of the page may be in the top layer already when the overlay starts. */
const TOP_LAYER_CONTENT = ':modal, :popover-open, :fullscreen';

/**
 * Keeps the overlay's host usable whatever the page puts on top:
 * - the host is a manual popover: shown, it sits in the top layer, above every page element whatever its z-index;
 * - it is shown only once the page has something in the top layer (a dialog, popover or full-screen element,
 *   at boot or later), and again each time the page adds one, so that it is on top once more. Until then its
 *   own z-index and its place as the last child of the root keep it above the page, and a page view does not
 *   pay for a trip through the top layer (about half a millisecond of the page's main thread, measured);
 * - a modal dialog makes everything outside it inert, our launcher and panels included: while one is open the
 *   host moves into it (`moveBefore` keeps the panels' frame and its state alive), and back out when it closes;
 * - a page script that removes the host gets it back.
 * Returns the function that stops all of it.
 */
export function keepOnTop(doc: Document, host: HTMLElement): () => void {
  const supportsPopover = typeof host.showPopover === 'function';
  let raising = false;

  const raise = () => {
    if (!supportsPopover || !host.isConnected) return;
    raising = true;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } finally {
      raising = false;
    }
  };

  /** The innermost open modal dialog of the page, if any: the one place not made inert. */
  const openModal = (): HTMLDialogElement | null => {
    const modals = [...doc.querySelectorAll('dialog')].filter((dialog) => dialog !== host && dialog.matches(':modal'));
    return modals.at(-1) ?? null;
  };

  const moveInto = (parent: Element) => {
    if (host.parentElement === parent) return;
    const move = (parent as Element & { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;
    // Only a connected node can be moved with its state; one the page removed is put back as it is.
    if (typeof move === 'function' && host.isConnected) move.call(parent, host, null);
    else parent.append(host);
  };

  const removal = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => {
    if (!host.isConnected) settle();
  });
  /** Watch only where the host sits: the root's children, or, inside a page's dialog, the page (the dialog may go). */
  const watchRemoval = () => {
    removal.disconnect();
    const parent = host.parentNode;
    if (parent === doc.documentElement) removal.observe(parent, { childList: true });
    else removal.observe(doc, { childList: true, subtree: true });
  };

  function settle() {
    moveInto(openModal() ?? doc.documentElement);
    raise();
    watchRemoval();
  }

  // `toggle` does not bubble: listened for in the capture phase, it is seen for every dialog and popover.
  const onToggle = (event: Event) => {
    if (raising || event.target === host) return;
    settle();
  };
  doc.addEventListener('toggle', onToggle, true);
  doc.addEventListener('fullscreenchange', settle);
  if (doc.querySelector(TOP_LAYER_CONTENT)) settle();
  else watchRemoval();

  return () => {
    doc.removeEventListener('toggle', onToggle, true);
    doc.removeEventListener('fullscreenchange', settle);
    removal.disconnect();
    if (supportsPopover && host.matches(':popover-open')) host.hidePopover();
  };
}
