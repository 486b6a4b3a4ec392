import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface VirtualListProps {
  /** How many rows there are in all. */
  count: number;
  /** Every row has this height in CSS pixels: rows are laid out by arithmetic, never measured. */
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** One row's content (focusable controls inside carry `data-row={index}` for arrow-key moves). */
  row(index: number): ComponentChildren;
  /** Rows rendered beyond the visible ones, so fast scrolling shows no gaps. */
  overscan?: number;
}

/**
 * A list that renders only the rows in view, so 100,000 clusters scroll like ten. Rows have one fixed
 * height, which keeps this to arithmetic (no measuring, no library needed for it). Screen readers hear
 * each row's place in the whole list (`aria-posinset`/`aria-setsize`), and arrow keys move from row to
 * row beyond what is rendered: the list scrolls the next row in and focuses it.
 */
export function VirtualList({ count, rowHeight, label, row, overscan = 6 }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const pendingFocus = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const node = scroller.current;
    if (!node) return;
    setHeight(node.clientHeight || 600);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => setHeight(node.clientHeight || 600));
    observer?.observe(node);
    return () => observer?.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

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
    const node = scroller.current!;
    if (to * rowHeight < node.scrollTop) node.scrollTop = to * rowHeight;
    else if ((to + 1) * rowHeight > node.scrollTop + node.clientHeight) node.scrollTop = (to + 1) * rowHeight - node.clientHeight;
    setScrollTop(node.scrollTop);
    pendingFocus.current = to;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${to}"]`)?.focus();
  };

  const rows = [];
  for (let index = first; index < last; index++) {
    rows.push(
      <li key={index} aria-setsize={count} aria-posinset={index + 1} class="mg-vrow" style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}>
        {row(index)}
      </li>,
    );
  }
  return (
    <div ref={scroller} class="mg-vlist" onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <ul aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
