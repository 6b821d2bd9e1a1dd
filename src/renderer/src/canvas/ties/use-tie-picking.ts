// Up close on a big map, ties are pixels on ScreenTieLayer: a click on a drawn line selects its tie (Shift adds), so
// it can be deleted; React Flow then draws the selected tie as a focusable element. A press off every drawn line is
// left alone, so it pans. A plain press on a line also pans if the pointer moves: on a map of thousands of ties the
// lines can cover the view, and the map must still move under the pointer; only a click (no movement) selects.
import { useEffect, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { selectTie, useFlowStore } from '../../state/flow-store';
import { useDocumentStore } from '../../state/document-store';
import { HIDDEN, tieLook, useVisibleStore } from '../../state/visible-ids';
import { drawnTies } from './drawn-ties';

/** Screen pixels a press may move and still be a click. */
const CLICK_SLOP_PX = 3;

export function useTiePicking(ref: RefObject<HTMLDivElement | null>, active: boolean): void {
  const { screenToFlowPosition } = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    /** The tie under a plain press, selected if the press ends as a click where it began. */
    let pending: { id: string; x: number; y: number; additive: boolean } | null = null;
    let swallowClick = false;
    const onPointerDown = (e: PointerEvent) => {
      pending = null;
      // Only presses on empty map: actors, handles and panels keep their own behaviour.
      if (e.button !== 0 || !(e.target as Element).classList.contains('react-flow__pane')) return;
      const { nodes, edges } = useFlowStore.getState();
      const { index } = drawnTies(edges, nodes, useDocumentStore.getState().ties);
      const visible = useVisibleStore.getState();
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const id = index.onLine(p, store.getState().transform[2], (tie) => tieLook(visible, tie) === HIDDEN);
      if (!id) return;
      const additive = e.shiftKey || e.ctrlKey || e.metaKey;
      if (!additive) {
        pending = { id, x: e.clientX, y: e.clientY, additive };
        return;
      }
      // Shift or Ctrl on a line adds the tie at once: otherwise React Flow would start a selection box.
      e.preventDefault();
      e.stopPropagation();
      swallowClick = true;
      selectTie(id, true);
    };
    const onClick = (e: MouseEvent) => {
      const press = pending;
      pending = null;
      if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) <= CLICK_SLOP_PX) {
        // Instead of the pane's click, which would clear the selection.
        e.stopPropagation();
        selectTie(press.id, press.additive);
        return;
      }
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
    };
    element.addEventListener('pointerdown', onPointerDown, true);
    element.addEventListener('click', onClick, true);
    return () => {
      element.removeEventListener('pointerdown', onPointerDown, true);
      element.removeEventListener('click', onClick, true);
    };
  }, [ref, active, screenToFlowPosition, store]);
}
