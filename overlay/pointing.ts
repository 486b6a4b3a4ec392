import { computed, signal } from '@preact/signals';
import { describe } from '../lib/anchoring';
import { rememberFocusedField } from './focus-memory';
import type { PageTarget } from './page-targets';

/**
 * How a person says where the problem is: pointing (mouse, touch, a selected sentence), the list of
 * fields and sections, or the field they were just in. Reads labels and structure, never values.
 */
export function createPointing(doc: Document, isOwnNode: (node: EventTarget | null) => boolean) {
  const hovered = signal<Element | null>(null);
  /** Text selected on the page while pointing (touch and keyboard select without a click). */
  const selection = signal<Range | null>(null);
  const finderTargets = signal<PageTarget[]>([]);
  const focusMemory = rememberFocusedField(doc, isOwnNode);

  return {
    hovered,
    selection,
    finderTargets,
    /** The page field the person was last in, with its visible label read once (never its value). */
    focusedField: computed(() => {
      const field = focusMemory.field.value;
      const label = field ? describe(field, doc).label : undefined;
      return field && label ? { field, label } : null;
    }),
    clear() {
      hovered.value = null;
      selection.value = null;
    },
    stop: focusMemory.stop,
  };
}

export type Pointing = ReturnType<typeof createPointing>;
