// The one way the map is fitted: requestFitView() (the fit button, Ctrl+0, opening a map, an import, a layout) fits
// every actor into the part of the canvas that nothing covers. When that part changes (a panel beside the map opens,
// closes or collapses; the legend comes or goes), a view still as the last fit left it is fitted again, and a view the
// facilitator has moved keeps its centre in the middle of the free part, so what they were looking at stays in view.
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useFlowStore } from '../state/flow-store';
import { useSessionStore } from '../state/session-store';
import { fitViewport, MAX_FIT_ZOOM, actorBounds } from './fit';
import { bestFreeRect, keepCentre, type Rect } from './free-area';
import { canvasRect, measureCovers } from './map-covers';

const same = (a: Viewport, b: Viewport) =>
  Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-6;
const sameRect = (a: Rect, b: Rect) =>
  Math.abs(a.x - b.x) < 0.5 &&
  Math.abs(a.y - b.y) < 0.5 &&
  Math.abs(a.width - b.width) < 0.5 &&
  Math.abs(a.height - b.height) < 0.5;

/** The free rectangle the actors are best drawn in, as the canvas is now. */
export function freeRectFor(canvas: HTMLElement): Rect {
  const bounds = actorBounds(useFlowStore.getState().nodes);
  return bestFreeRect(canvasRect(canvas), measureCovers(canvas), bounds, MAX_FIT_ZOOM);
}

export function useFreeAreaFit(container: RefObject<HTMLDivElement | null>, mounted: boolean): void {
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  const fitRequest = useSessionStore((s) => s.fitRequest);
  const legendOpen = useSessionStore((s) => s.legendOpen);
  /** The viewport the last fit set, and the free area the view was last placed for. */
  const lastFit = useRef<Viewport | null>(null);
  const lastFree = useRef<Rect | null>(null);

  const current = (): Viewport => {
    const [x, y, zoom] = store.getState().transform;
    return { x, y, zoom };
  };
  const apply = (viewport: Viewport) => {
    // The store first, so this very frame draws it; then React Flow's pan-zoom, so the next gesture starts from it.
    store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    void setViewport(viewport);
  };
  const fit = () => {
    const canvas = container.current;
    if (!canvas) return;
    // Zoom to selection fits only the chosen actors; it is not a whole-map fit for panels to repeat later.
    const only = useSessionStore.getState().fitIds;
    const wanted = only ? new Set(only) : null;
    const nodes = useFlowStore.getState().nodes;
    const viewport = fitViewport(wanted ? nodes.filter((n) => wanted.has(n.id)) : nodes, freeRectFor(canvas));
    lastFit.current = wanted ? null : viewport;
    lastFree.current = bestFreeRect(canvasRect(canvas), measureCovers(canvas));
    apply(viewport);
  };
  const follow = () => {
    const canvas = container.current;
    if (!canvas || !lastFree.current) return;
    const free = bestFreeRect(canvasRect(canvas), measureCovers(canvas));
    const before = lastFree.current;
    if (sameRect(free, before)) return;
    const view = current();
    if (lastFit.current && same(view, lastFit.current)) return fit();
    lastFree.current = free;
    apply(keepCentre(view, before, free));
  };

  // At mount, once the covers are on the page: correct the estimated first viewport before it is painted, then
  // again after React Flow's pan-zoom exists (it starts from the estimate).
  const fitAtMount = useRef(fitRequest);
  // Effect events read this render's fit and follow (fresh closures over the latest view and free area) while the
  // effects below run only on the changes that name them.
  const fitIfMounted = useEffectEvent(() => {
    if (mounted) fit();
  });
  const fitOnRequest = useEffectEvent(() => {
    if (mounted && fitRequest !== fitAtMount.current) fit();
  });
  const followIfMounted = useEffectEvent(() => {
    if (mounted) follow();
  });
  useLayoutEffect(() => fitIfMounted(), [mounted]);
  useEffect(() => {
    if (mounted && lastFit.current) void setViewport(lastFit.current);
  }, [mounted, setViewport]);

  // Later requests (Fit map, a layout, an import) fit again.
  useLayoutEffect(() => fitOnRequest(), [fitRequest]);

  // The legend shown or hidden changes the free area without resizing the canvas.
  useLayoutEffect(() => followIfMounted(), [legendOpen]);

  useEffect(() => {
    const canvas = container.current;
    if (!mounted || !canvas) return;
    const observer = new ResizeObserver(() => followIfMounted());
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [mounted, container]);
}
