const FIELD = 'input:not([type="hidden"]), select, textarea';

export interface FocusMemory {
  /** The page's form field the person was last in, or null. */
  field(): Element | null;
  /** Be told when the person moves into another field. Returns the function that stops telling. */
  watch(listener: (field: Element) => void): () => void;
  stop(): void;
}

/**
 * Remembers the page's form field a person was last in, so "suggest for the field I am in" works after
 * focus has moved to the launcher. Started with the launcher on page load (plain DOM, no framework), so a
 * field the person was in before the rest of the overlay loaded counts too. Only the element is kept, never
 * what was typed into it.
 */
export function rememberFocusedField(doc: Document, isOwnNode: (node: EventTarget | null) => boolean): FocusMemory {
  let last: Element | null = null;
  const listeners = new Set<(field: Element) => void>();
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (isOwnNode(target) || !(target instanceof Element) || !target.matches(FIELD)) return;
    last = target;
    listeners.forEach((listener) => listener(target));
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return {
    field: () => last,
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => doc.removeEventListener('focusin', onFocusIn, true),
  };
}
