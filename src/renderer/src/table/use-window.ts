// Fixed-row-height windowing: which rows of a long table to render, so 5,000 actors cost a screenful of rows.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Below this many rows every row is rendered: the bookkeeping would cost more than it saves. */
export const WINDOW_FROM = 200;
const OVERSCAN = 10;
/** Every row of both tables is this tall (the CSS holds it there), which is what makes windowing simple. */
export const ROW_HEIGHT = 44;

export interface RowWindow {
  /** Attach to the scrolling element that holds the table. */
  ref: React.RefObject<HTMLDivElement | null>;
  start: number;
  end: number;
  /** Space to leave above and below the rendered rows, in pixels. */
  before: number;
  after: number;
  /** Scrolls just enough to show the row at `index`. */
  reveal(index: number): void;
}

export function useRowWindow(rowCount: number, rowHeight: number): RowWindow {
  const ref = useRef<HTMLDivElement | null>(null);
  // Kept in whole rows, so scrolling within a row re-renders nothing.
  const [view, setView] = useState({ first: 0, count: 30 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const first = Math.floor(element.scrollTop / rowHeight);
      const count = Math.ceil(element.clientHeight / rowHeight) + 1;
      setView((v) => (v.first === first && v.count === count ? v : { first, count }));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [rowHeight]);

  const reveal = useCallback(
    (index: number) => {
      const element = ref.current;
      if (!element) return;
      const top = index * rowHeight;
      // The sticky header covers the first row's height at the top.
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + 2 * rowHeight > element.scrollTop + element.clientHeight)
        element.scrollTop = top + 2 * rowHeight - element.clientHeight;
    },
    [rowHeight],
  );

  if (rowCount < WINDOW_FROM) return { ref, start: 0, end: rowCount, before: 0, after: 0, reveal };
  const start = Math.max(0, Math.min(view.first, rowCount) - OVERSCAN);
  const end = Math.min(rowCount, view.first + view.count + OVERSCAN);
  return { ref, start, end, before: start * rowHeight, after: (rowCount - end) * rowHeight, reveal };
}
