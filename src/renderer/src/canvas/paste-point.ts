// Where pasted actors go: under the pointer when it is over the map, else the middle of the view. The canvas
// registers its React Flow store here, so the clipboard and the context menu can ask without being components.
import { useEffect, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';

type Point = { x: number; y: number };

let source: { toFlow: (clientX: number, clientY: number) => Point; centre: () => Point } | null = null;
/** The pointer's last position over the map (client pixels), or null once it left the map. */
let pointer: Point | null = null;

/** Map coordinates of a point on the screen (a right-click), or null with no map showing. */
export function toFlowPoint(clientX: number, clientY: number): Point | null {
  return source?.toFlow(clientX, clientY) ?? null;
}

/** The pointer over the map, else the view's centre (map coordinates); null with no map showing. */
export function pastePoint(): Point | null {
  if (!source) return null;
  return pointer ? source.toFlow(pointer.x, pointer.y) : source.centre();
}

export function useRegisterPastePoint(container: RefObject<HTMLDivElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    const element = container.current;
    const toFlow = (clientX: number, clientY: number): Point => {
      const { transform, domNode } = store.getState();
      const box = domNode?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const [tx, ty, zoom] = transform;
      return { x: (clientX - box.left - tx) / zoom, y: (clientY - box.top - ty) / zoom };
    };
    const centre = (): Point => {
      const { width, height, transform } = store.getState();
      const [tx, ty, zoom] = transform;
      return { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
    };
    const own = { toFlow, centre };
    source = own;
    const onMove = (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY };
    };
    const onLeave = () => {
      pointer = null;
    };
    element?.addEventListener('pointermove', onMove);
    element?.addEventListener('pointerleave', onLeave);
    return () => {
      element?.removeEventListener('pointermove', onMove);
      element?.removeEventListener('pointerleave', onLeave);
      if (source === own) source = null;
      pointer = null;
    };
  }, [store, container]);
}
