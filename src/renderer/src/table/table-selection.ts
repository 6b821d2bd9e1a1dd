// The table's selection is the canvas's: rows select actors or ties in the flow store, as a click on the map would.
import { selectOnly, useFlowStore } from '../state/flow-store';

export type ClickMode = 'only' | 'toggle' | 'range';

/** Plain click: this row only; Ctrl/Cmd-click or its check box: add or remove it; Shift-click: every row from the last one clicked. */
export function clickMode(event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): ClickMode {
  if (event.shiftKey) return 'range';
  return event.ctrlKey || event.metaKey ? 'toggle' : 'only';
}

/** The ids selected after clicking `id` in rows shown in `order`. */
export function nextSelection(
  order: readonly string[],
  selected: ReadonlySet<string>,
  id: string,
  anchor: string | null,
  mode: ClickMode,
): Set<string> {
  if (mode === 'only') return new Set([id]);
  if (mode === 'toggle') {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }
  const from = anchor ? order.indexOf(anchor) : -1;
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return new Set([id]);
  return new Set(order.slice(Math.min(from, to), Math.max(from, to) + 1));
}

export function selectActors(ids: Iterable<string>): void {
  selectOnly([...ids]);
}

/** Selects exactly these ties, and no actors (as clicking ties on the map does). */
export function selectTies(ids: Iterable<string>): void {
  const wanted = new Set(ids);
  useFlowStore.setState((s) => ({
    edges: s.edges.map((e) => (wanted.has(e.id) === !!e.selected ? e : { ...e, selected: wanted.has(e.id) })),
    nodes: s.nodes.some((n) => n.selected) ? s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)) : s.nodes,
  }));
}
