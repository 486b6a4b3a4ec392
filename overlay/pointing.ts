import { computed, signal } from '@preact/signals';
import { describe } from '../lib/anchoring';
import type { FocusMemory } from './focus-memory';
import type { PageTarget } from './page-targets';

/**
 * How a person says where the problem is: pointing (mouse, touch, a selected sentence), the list of
 * fields and sections, or the field they were just in. Reads labels and structure, never values.
 */
export function createPointing(doc: Document, focusMemory: FocusMemory) {
  const hovered = signal<Element | null>(null);
  /** Text selected on the page while pointing (touch and keyboard select without a click). */
  const selection = signal<Range | null>(null);
  const finderTargets = signal<PageTarget[]>([]);
  const lastField = signal(focusMemory.field());
  const stopWatching = focusMemory.watch((field) => (lastField.value = field));

  return {
    hovered,
    selection,
    finderTargets,
    /** The page field the person was last in, with its visible label read once (never its value). */
    focusedField: computed(() => {
      const field = lastField.value;
      const label = field ? describe(field, doc).label : undefined;
      return field && label ? { field, label } : null;
    }),
    clear() {
      hovered.value = null;
      selection.value = null;
    },
    stop: stopWatching,
  };
}

export type Pointing = ReturnType<typeof createPointing>;
