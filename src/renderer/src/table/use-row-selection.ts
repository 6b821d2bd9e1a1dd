// Row clicks and check boxes turned into a selection, with stable callbacks so memoised rows do not re-render.
import { useCallback, useMemo, useRef } from 'react';
import { clickMode, nextSelection, type ClickMode } from './table-selection';

export interface RowSelection {
  /** A click on a row (not on one of its fields). */
  onRowClick(id: string, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): void;
  /** A row's check box: adds or removes that row; with Shift, every row from the last one clicked. */
  onCheck(id: string, shiftKey: boolean): void;
}

export function useRowSelection(
  order: readonly string[],
  selected: ReadonlySet<string>,
  apply: (ids: Iterable<string>) => void,
): RowSelection {
  const latest = useRef({ order, selected, apply });
  latest.current = { order, selected, apply };
  const anchor = useRef<string | null>(null);

  const choose = useCallback((id: string, mode: ClickMode) => {
    const { order: rows, selected: now, apply: set } = latest.current;
    set(nextSelection(rows, now, id, anchor.current, mode));
    if (mode !== 'range') anchor.current = id;
  }, []);
  const onRowClick = useCallback(
    (id: string, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => choose(id, clickMode(event)),
    [choose],
  );
  const onCheck = useCallback((id: string, shiftKey: boolean) => choose(id, shiftKey ? 'range' : 'toggle'), [choose]);
  return useMemo(() => ({ onRowClick, onCheck }), [onRowClick, onCheck]);
}

/** Clicks on a row's own controls edit or check; only clicks elsewhere in the row select it. */
export function isControlClick(target: EventTarget): boolean {
  return target instanceof Element && !!target.closest('input, select, textarea, button, label, a');
}
