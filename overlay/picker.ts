/**
 * Annotation mode on the host page: highlight what is under the pointer, pick it on click or tap,
 * pick a selected sentence, leave on Escape. Clicks are swallowed while picking so that choosing a
 * button or link does not also press it. Nothing here reads what a person typed into the page.
 */

const FIELD = 'input:not([type="hidden"]), select, textarea';
/** Blocks a person would call "this part of the page". */
const SECTION = 'p, li, h1, h2, h3, h4, h5, h6, legend, label, dt, dd, td, th, blockquote, figcaption, fieldset, section, form';

/** The thing a person means when pointing at `node`: a form field, or the nearest sensible block. */
export function pickableAt(node: EventTarget | null): Element | null {
  if (!(node instanceof Element)) return null;
  const label = node.closest('label');
  if (label instanceof HTMLLabelElement && label.control) return label.control;
  return node.closest(FIELD) ?? node.closest(SECTION);
}

export interface PickerCallbacks {
  onHover(element: Element | null): void;
  onPickElement(element: Element): void;
  onPickText(range: Range): void;
  onCancel(): void;
  /** True for nodes of our own overlay, which are never picked. */
  isOwnNode(node: EventTarget | null): boolean;
}

export function startPicker(doc: Document, callbacks: PickerCallbacks): () => void {
  let hovered: Element | null = null;
  const own = (event: Event) => event.composedPath().some((node) => callbacks.isOwnNode(node));

  const onPointerMove = (event: PointerEvent) => {
    const next = own(event) ? null : pickableAt(event.target);
    if (next !== hovered) callbacks.onHover((hovered = next));
  };

  const onClick = (event: MouseEvent) => {
    if (own(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount > 0 && selection.toString().trim()) {
      callbacks.onPickText(selection.getRangeAt(0).cloneRange());
      return;
    }
    const element = pickableAt(event.target);
    if (element) callbacks.onPickElement(element);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    callbacks.onCancel();
  };

  // Capture phase: we see the click before the page's own handlers do.
  doc.addEventListener('pointermove', onPointerMove, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    doc.removeEventListener('pointermove', onPointerMove, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    callbacks.onHover(null);
  };
}
