// Pointer handling for the zoomed-out view, where actors are pixels on a canvas rather than elements:
// click or Shift-click a dot to select, drag dots to move them (one undo step), Shift+drag a box to select,
// hover for a name, double-click to zoom in and rename. Anything else falls through to React Flow (panning).
import { useEffect, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { ActorId } from '../../../../shared/domain';
import { moveActors } from '../../state/edits';
import {
  addToSelection,
  commitDrag,
  selectOnly,
  setDragging,
  toggleSelected,
  useFlowStore,
} from '../../state/flow-store';
import { announce, startRenaming } from '../../state/session-store';
import type { Point } from '../../../../shared/geometry-types';
import { hitRadius } from './dot-size';
import { useFarStore } from './far-store';
import { SpatialIndex } from './spatial-index';

const DRAG_THRESHOLD_PX = 3;
/** Panels over the map (legend, zoom controls, overview) keep their own pointer handling. */
const NOT_THE_MAP = '.react-flow__panel, .gesture-shield';

export function useFarPointer(ref: RefObject<HTMLDivElement | null>, active: boolean): void {
  const { screenToFlowPosition } = useReactFlow();
  const store = useStoreApi();

  useEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    let indexed: unknown = null;
    let index = new SpatialIndex([]);
    let swallowClick = false;
    const zoom = () => store.getState().transform[2];
    const flowPoint = (e: MouseEvent): Point => screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const actorAt = (p: Point): string | null => {
      const { nodes } = useFlowStore.getState();
      if (nodes !== indexed) {
        index = new SpatialIndex(nodes.map((n) => [n.id, n.position]));
        indexed = nodes;
      }
      return index.nearest(p, hitRadius(zoom()));
    };
    const setHover = (id: string | null) => {
      if (useFarStore.getState().hoverId !== id) useFarStore.setState({ hoverId: id });
    };

    const track = (onMove: (e: PointerEvent) => void, onUp: (e: PointerEvent) => void) => {
      const up = (e: PointerEvent) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', up);
        onUp(e);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', up);
    };

    const dragDots = (down: PointerEvent, id: string) => {
      const additive = down.shiftKey || down.ctrlKey || down.metaKey;
      const wasSelected = useFlowStore.getState().nodes.find((n) => n.id === id)?.selected ?? false;
      if (additive) toggleSelected(id);
      else if (!wasSelected) selectOnly([id]);
      if (additive && wasSelected) return; // Shift-click took it out of the selection: nothing to drag.
      let started = false;
      track(
        (e) => {
          const dx = e.clientX - down.clientX;
          const dy = e.clientY - down.clientY;
          if (!started && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
          if (!started) {
            started = true;
            setHover(null);
            setDragging(
              useFlowStore
                .getState()
                .nodes.filter((n) => n.selected)
                .map((n) => n.id),
            );
          }
          useFarStore.setState({ dragOffset: { x: dx / zoom(), y: dy / zoom() } });
        },
        () => {
          if (!started) return;
          const moves = commitDrag(useFarStore.getState().dragOffset ?? { x: 0, y: 0 });
          useFarStore.setState({ dragOffset: null });
          void moveActors(moves);
        },
      );
    };

    const selectBox = (down: PointerEvent) => {
      const from = flowPoint(down);
      useFarStore.setState({ box: { from, to: from } });
      track(
        (e) => useFarStore.setState({ box: { from, to: flowPoint(e) } }),
        (e) => {
          const to = flowPoint(e);
          useFarStore.setState({ box: null });
          const [x0, x1] = [Math.min(from.x, to.x), Math.max(from.x, to.x)];
          const [y0, y1] = [Math.min(from.y, to.y), Math.max(from.y, to.y)];
          const inside = useFlowStore
            .getState()
            .nodes.filter((n) => n.position.x >= x0 && n.position.x <= x1 && n.position.y >= y0 && n.position.y <= y1)
            .map((n) => n.id);
          if (e.ctrlKey || e.metaKey) addToSelection(inside);
          else selectOnly(inside);
          announce(`Selected ${inside.length} ${inside.length === 1 ? 'actor' : 'actors'}.`);
        },
      );
    };

    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0 || (e.target as Element).closest(NOT_THE_MAP)) return;
      const id = actorAt(flowPoint(e));
      if (!id && !e.shiftKey) return; // empty map: React Flow pans, or clears the selection on click
      // Stopping the pointerdown here (capture phase) keeps it from React Flow's pane and d3-zoom; preventDefault
      // also cancels the mousedown the browser would synthesise from it.
      e.preventDefault();
      e.stopPropagation();
      swallowClick = true;
      if (id) dragDots(e, id);
      else selectBox(e);
    };
    const onPointerMove = (e: PointerEvent) => {
      if (e.buttons !== 0 || (e.target as Element).closest(NOT_THE_MAP)) return;
      setHover(actorAt(flowPoint(e)));
    };
    const onClick = (e: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
    };
    const onDoubleClick = (e: MouseEvent) => {
      const id = actorAt(flowPoint(e));
      if (!id) return;
      e.stopPropagation();
      startRenaming(id as ActorId); // use-reveal-editing zooms in so the name field can show
    };
    const onLeave = () => setHover(null);

    element.addEventListener('pointerdown', onPointerDown, true);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('click', onClick, true);
    element.addEventListener('dblclick', onDoubleClick, true);
    return () => {
      element.removeEventListener('pointerdown', onPointerDown, true);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('click', onClick, true);
      element.removeEventListener('dblclick', onDoubleClick, true);
      setHover(null);
    };
  }, [ref, active, screenToFlowPosition, store]);
}
