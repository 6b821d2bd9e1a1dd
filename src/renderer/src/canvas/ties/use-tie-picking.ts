// Up close on a big map, ties are pixels on ScreenTieLayer: a click on one selects it (Shift adds), so it can
// be deleted; React Flow then draws the selected tie as a focusable element.
import { useEffect, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { selectTie, useFlowStore } from '../../state/flow-store';
import { positionsOf } from './positions';
import { tieNear } from './tie-geometry';
import { bendsOf } from './bends';
import { useDocumentStore } from '../../state/document-store';

const PICK_SCREEN_PX = 6;

export function useTiePicking(ref: RefObject<HTMLDivElement | null>, active: boolean): void {
  const { screenToFlowPosition } = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    let swallowClick = false;
    const onPointerDown = (e: PointerEvent) => {
      // Only presses on empty map: actors, handles and panels keep their own behaviour.
      if (e.button !== 0 || !(e.target as Element).classList.contains('react-flow__pane')) return;
      const { nodes, edges } = useFlowStore.getState();
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const bends = bendsOf(useDocumentStore.getState().ties);
      const id = tieNear(p, edges, positionsOf(nodes), PICK_SCREEN_PX / store.getState().transform[2], bends);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      swallowClick = true;
      selectTie(id, e.shiftKey || e.ctrlKey || e.metaKey);
    };
    const onClick = (e: MouseEvent) => {
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
