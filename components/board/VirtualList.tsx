import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type VirtualizerOptions } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface VirtualListProps {
  /** How many rows there are in all. */
  count: number;
  /** Every row has this height in CSS pixels. */
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** One row's content (focusable controls inside carry `data-row={index}` for arrow-key moves). */
  row(index: number): ComponentChildren;
  /** Rows rendered beyond the visible ones, so fast scrolling shows no gaps. */
  overscan?: number;
}

/**
 * A list that renders only the rows in view, so 100,000 clusters scroll like ten. Which rows those are,
 * and scrolling a row into view, is TanStack Virtual's core (framework-free; this is its Preact binding,
 * as its React adapter binds it). Screen readers hear each row's place in the whole list
 * (`aria-posinset`/`aria-setsize`), and arrow keys move from row to row beyond what is rendered: the list
 * scrolls the next row in and focuses it.
 */
export function VirtualList({ count, rowHeight, label, row, overscan = 6 }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [, rerender] = useState(0);
  const pendingFocus = useRef<number | undefined>(undefined);
  const options: VirtualizerOptions<HTMLDivElement, HTMLLIElement> = {
    count,
    estimateSize: () => rowHeight,
    overscan,
    getScrollElement: () => scroller.current,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    // Until the list is laid out: as many rows as a usual screen shows.
    initialRect: { width: 0, height: 600 },
    onChange: () => rerender((tick) => tick + 1),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    const target = scroller.current?.querySelector<HTMLElement>(`[data-row="${index}"]`);
    if (target) {
      pendingFocus.current = undefined;
      target.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const from = Number((event.target as HTMLElement).dataset.row);
    if (Number.isNaN(from)) return;
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -count, End: count }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(count - 1, from + step));
    virtualizer.scrollToIndex(to, { align: 'auto' });
    pendingFocus.current = to;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${to}"]`)?.focus();
  };

  return (
    <div ref={scroller} class="mg-vlist" onKeyDown={onKeyDown}>
      <ul aria-label={label} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map(({ index, start, size }) => (
          <li key={index} aria-setsize={count} aria-posinset={index + 1} class="mg-vrow" style={{ top: `${start}px`, height: `${size}px` }}>
            {row(index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
