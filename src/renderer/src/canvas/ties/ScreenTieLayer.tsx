// Up close on a big map: ties on canvases, not as thousands of SVG elements (React Flow culls ties by bounding box,
// and long ties make that thousands). Selected ties are still drawn by React Flow.
// - The base canvas covers the view and a margin of a quarter of it on every side, with the ties the spatial index
//   finds there (drawn-ties.ts), so a frame costs the ties near the view, not every tie on the map.
// - A pan only shifts that bitmap (a CSS transform, done by the compositor); it is redrawn when the shift would
//   uncover an edge, and once when the pan settles, centred again.
// - While actors are dragged the base keeps every other tie, drawn once at the drag's start; only the dragged
//   actors' ties are drawn each frame, on a view-sized overlay.
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useDocumentStore } from '../../state/document-store';
import { useFlowStore, type FlowState } from '../../state/flow-store';
import { useVisibleStore } from '../../state/visible-ids';
import { TIE_CLEARANCE } from '../../state/node-geometry';
import type { Point } from '../../../../shared/geometry-types';
import { tieCurve } from '../../../../shared/render/tie-bends';
import { useEncodingStore } from '../../state/encoding-store';
import { useNameStore } from '../names/name-store';
import { useHistoryStore } from '../../state/history-store';
import { bendsOf } from './bends';
import { drawnTies, type DrawnTies } from './drawn-ties';
import { paintTies, type TieToPaint } from './paint-ties';
import { positionsOf } from './positions';

/** The base canvas reaches this fraction of the view beyond each edge, so a pan shifts it without redrawing. */
const MARGIN = 0.25;
/** A pan has settled when the view has not moved for this long: the base is then redrawn centred. */
const SETTLE_MS = 150;

/** Where the base canvas was last drawn: the viewport then, and its margins in screen pixels. */
interface Drawn {
  tx: number;
  ty: number;
  zoom: number;
  width: number;
  height: number;
  mx: number;
  my: number;
}

/** A drag under way: the ties as indexed before it, their resting ends, and the dragged actors' ties. */
interface Drag {
  ties: DrawnTies;
  rest: ReadonlyMap<string, Point>;
  moving: ReadonlySet<string>;
  own: readonly number[];
}

function sizeCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  dpr: number,
): CanvasRenderingContext2D | null {
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(1, 0, 0, 1, 0, 0);
  ctx?.clearRect(0, 0, w, h);
  return ctx;
}

function startDrag(ties: DrawnTies, nodes: FlowState['nodes'], moving: ReadonlySet<string>): Drag {
  const own = new Set<number>();
  for (const id of moving) for (const i of ties.byActor.get(id) ?? []) own.add(i);
  return { ties, rest: positionsOf(nodes), moving, own: [...own] };
}

export function ScreenTieLayer() {
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();

  useEffect(() => {
    let frame = 0;
    let settle = 0;
    let dirty = true;
    let overlayDirty = true;
    let drawn: Drawn | null = null;
    let drag: Drag | null = null;
    /** The index the base was last drawn from: a drag starts from it rather than rebuilding at moved positions. */
    let current: DrawnTies | null = null;

    const ties = (): DrawnTies => {
      const { nodes, edges } = useFlowStore.getState();
      return drag?.ties ?? drawnTies(edges, nodes, useDocumentStore.getState().ties);
    };

    const drawBase = () => {
      const canvas = baseRef.current;
      if (!canvas) return;
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const dpr = window.devicePixelRatio || 1;
      const mx = Math.round(width * MARGIN);
      const my = Math.round(height * MARGIN);
      const ctx = sizeCanvas(canvas, width + 2 * mx, height + 2 * my, dpr);
      Object.assign(canvas.style, {
        left: `${-mx}px`,
        top: `${-my}px`,
        width: `${width + 2 * mx}px`,
        height: `${height + 2 * my}px`,
        transform: '',
      });
      drawn = { tx, ty, zoom, width, height, mx, my };
      if (!ctx) return;
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * (tx + mx), dpr * (ty + my));
      const rect = {
        x0: (-mx - tx) / zoom,
        y0: (-my - ty) / zoom,
        x1: (width + mx - tx) / zoom,
        y1: (height + my - ty) / zoom,
      };
      const indexed = ties();
      current = indexed;
      const items: TieToPaint[] = [];
      for (const i of indexed.index.inRect(rect)) {
        const edge = indexed.edges[i]!;
        if (edge.selected || (drag && (drag.moving.has(edge.source) || drag.moving.has(edge.target)))) continue;
        items.push({ edge, curve: indexed.index.curve(i)! });
      }
      paintTies(ctx, items);
    };

    const drawOverlay = () => {
      const canvas = overlayRef.current;
      if (!canvas) return;
      const { transform, width, height } = store.getState();
      const dpr = window.devicePixelRatio || 1;
      const ctx = sizeCanvas(canvas, width, height, dpr);
      if (!ctx || !drag || drag.own.length === 0) return;
      const [tx, ty, zoom] = transform;
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
      // The dragged actors where they are now (a pass over the nodes, no map of all 20,000 per frame).
      const moved = new Map<string, Point>();
      for (const node of useFlowStore.getState().nodes) if (drag.moving.has(node.id)) moved.set(node.id, node.position);
      const at = (id: string) => moved.get(id) ?? drag!.rest.get(id);
      const bends = bendsOf(useDocumentStore.getState().ties);
      const items: TieToPaint[] = [];
      for (const i of drag.own) {
        const edge = drag.ties.edges[i]!;
        const from = at(edge.source);
        const to = at(edge.target);
        const curve = from && to ? tieCurve(from, to, bends.get(edge.id) ?? 0, TIE_CLEARANCE, TIE_CLEARANCE) : null;
        if (curve && !edge.selected) items.push({ edge, curve });
      }
      paintTies(ctx, items);
    };

    /** True when the view is the drawn one moved by at most the margins: then the bitmap is shifted, not redrawn. */
    const shift = (): boolean => {
      const canvas = baseRef.current;
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      if (!canvas || !drawn || zoom !== drawn.zoom || width !== drawn.width || height !== drawn.height) return false;
      const dx = tx - drawn.tx;
      const dy = ty - drawn.ty;
      if (Math.abs(dx) > drawn.mx || Math.abs(dy) > drawn.my) return false;
      canvas.style.transform = dx === 0 && dy === 0 ? '' : `translate(${dx}px, ${dy}px)`;
      return true;
    };

    const paint = () => {
      frame = 0;
      if (dirty || !shift()) {
        dirty = false;
        drawBase();
      }
      if (overlayDirty || drag) {
        overlayDirty = false;
        drawOverlay();
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    const redraw = () => {
      dirty = true;
      overlayDirty = true;
      schedule();
    };

    let view = store.getState();
    const onView = () => {
      const next = store.getState();
      const moved = next.transform !== view.transform || next.width !== view.width || next.height !== view.height;
      view = next;
      if (!moved) return;
      schedule();
      window.clearTimeout(settle);
      settle = window.setTimeout(() => {
        if (baseRef.current?.style.transform) redraw();
      }, SETTLE_MS);
    };
    const onFlow = (next: FlowState, before: FlowState) => {
      if (next.draggingIds !== before.draggingIds) {
        drag = next.draggingIds && current ? startDrag(current, before.nodes, next.draggingIds) : null;
        return redraw();
      }
      if (next.edges !== before.edges || (next.nodes !== before.nodes && !drag)) return redraw();
      // Mid-drag only the dragged actors' ties move.
      if (next.nodes !== before.nodes) schedule();
    };

    paint();
    const stops = [
      store.subscribe(onView),
      useFlowStore.subscribe(onFlow),
      useVisibleStore.subscribe(redraw),
      useDocumentStore.subscribe(redraw),
      useHistoryStore.subscribe(redraw),
      useEncodingStore.subscribe(redraw),
      useNameStore.subscribe(redraw),
    ];
    return () => {
      for (const stop of stops) stop();
      cancelAnimationFrame(frame);
      window.clearTimeout(settle);
    };
  }, [store]);

  return (
    <>
      <canvas ref={baseRef} className="screen-tie-layer screen-tie-layer--base" aria-hidden="true" />
      <canvas ref={overlayRef} className="screen-tie-layer" aria-hidden="true" />
    </>
  );
}
