import { signal, type ReadonlySignal } from '@preact/signals';

const FIELD = 'input:not([type="hidden"]), select, textarea';

/**
 * Remembers the page's form field a person was last in, so "suggest for the field I am in" works
 * after focus has moved to the launcher. Only the element is kept, never what was typed into it.
 */
export function rememberFocusedField(doc: Document, isOwnNode: (node: EventTarget | null) => boolean): {
  field: ReadonlySignal<Element | null>;
  stop(): void;
} {
  const field = signal<Element | null>(null);
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (isOwnNode(target) || !(target instanceof Element) || !target.matches(FIELD)) return;
    field.value = target;
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return { field, stop: () => doc.removeEventListener('focusin', onFocusIn, true) };
}
