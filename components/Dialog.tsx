import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  id: string;
  title: string;
  onClose(): void;
  children: ComponentChildren;
  class?: string;
}

/** The element that has focus, looking inside shadow roots (ours is one). */
function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? deepActiveElement(active.shadowRoot) : active;
}

/**
 * Where focus goes in a dialog that opens: the element marked `data-autofocus` (a disabled control cannot take
 * focus: it would stay behind on the page), else the heading. Also used when the panels' frame itself receives
 * focus after its dialog rendered while the frame was still hidden.
 */
export function focusDialogStart(dialog: ParentNode): void {
  (dialog.querySelector<HTMLElement>('[data-autofocus]:not([disabled])') ?? dialog.querySelector<HTMLElement>('h2'))?.focus();
}

/**
 * A modal dialog of the overlay: named by its heading, focus moves in when it opens (to the element
 * marked `data-autofocus`, else the heading), Tab and Shift+Tab stay inside, Escape closes.
 */
export function Dialog({ id, title, onClose, children, class: className }: DialogProps) {
  const dialog = useRef<HTMLElement>(null);

  useEffect(() => {
    const node = dialog.current;
    // A view inside may already have placed focus (the list at the entry its marker opened): keep it.
    const active = node && deepActiveElement(node.getRootNode() as ShadowRoot);
    if (active && node.contains(active)) return;
    if (node) focusDialogStart(node);
  }, [id]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    const node = dialog.current;
    if (event.key !== 'Tab' || !node) return;
    const focusable = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = deepActiveElement(node.getRootNode() as ShadowRoot);
    const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    // Wrap around when no control lies before (Shift+Tab) or after (Tab) the focused element: also
    // from the heading or a list entry, which Tab itself never stops at, or focus would leave.
    if (event.shiftKey && (!active || !node.contains(active) || !focusable.some((control) => before(control, active)))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active && !focusable.some((control) => before(active, control))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <section ref={dialog} class={`mg-panel ${className ?? ''}`} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-title`} tabIndex={-1}>{title}</h2>
      {children}
    </section>
  );
}
