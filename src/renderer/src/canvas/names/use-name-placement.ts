// Runs the labelling policy on the canvas: names' size for the zoom and mode, and which names give way to others.
import type { CanvasTie } from '../../../../shared/canvas-records';
// Recomputed at most once a frame when actors move, are renamed, selected, filtered or resized. Tie type labels,
// when shown, give way to every name.
import { useEffect } from 'react';
import type { ActorId, TieId } from '../../../../shared/domain';
import { tieCurve } from '../../../../shared/render/tie-bends';
import { useEncodingStore } from '../../state/encoding-store';
import { positionsOf } from '../ties/positions';
import { bendsOf } from '../ties/bends';
import { nameFontSize, placeLabels, type LabelCandidate, type Obstacle } from '../../../../shared/render/label-policy';
import { useActorEncoding } from '../../state/actor-encoding';
import { useDocumentStore } from '../../state/document-store';
import { useFlowStore } from '../../state/flow-store';
import { useSessionStore } from '../../state/session-store';
import { actorLook, DIM, HIDDEN, tieLook, useVisibleStore } from '../../state/visible-ids';
import { useWorkshopStore } from '../../workshop/workshop-store';
import { NAME_TOP, SHAPE_CENTRE_Y, SHAPE_SIZE, TIE_CLEARANCE } from '../../state/node-geometry';
import { useZoomStep } from '../lod';
import { TIE_LABEL_SCALE, useNameStore } from './name-store';
import { shapeOfLine, shapeOfName } from './name-shapes';

/** The zoom step is a quarter octave wide: size names for its lowest zoom, so every zoom in it meets the minimum. */
const STEP_LOW = 2 ** -0.125;
/** Dimmed actors (filter, focus, search) give way to every actor drawn in full. */
const DIMMED = -1e9;

let degreeOf: { ties: ReadonlyMap<TieId, CanvasTie> | null; counts: Map<ActorId, number> } = {
  ties: null,
  counts: new Map(),
};

function degrees(ties: ReadonlyMap<TieId, CanvasTie>): Map<ActorId, number> {
  if (degreeOf.ties === ties) return degreeOf.counts;
  const counts = new Map<ActorId, number>();
  for (const t of ties.values()) {
    counts.set(t.fromId, (counts.get(t.fromId) ?? 0) + 1);
    counts.set(t.toId, (counts.get(t.toId) ?? 0) + 1);
  }
  degreeOf = { ties, counts };
  return counts;
}

function place(fontPx: number): void {
  const { nodes } = useFlowStore.getState();
  const { scale } = useActorEncoding.getState();
  const visible = useVisibleStore.getState();
  const editing = useSessionStore.getState().editingActorId;
  const counts = degrees(useDocumentStore.getState().ties);
  const candidates: LabelCandidate[] = [];
  const shapes: Obstacle[] = [];
  for (const node of nodes) {
    const look = actorLook(visible, node.id);
    if (look === HIDDEN) continue;
    const s = scale?.get(node.id as ActorId) ?? 1;
    const half = (SHAPE_SIZE / 2) * s;
    const { x, y } = node.position;
    shapes.push({ id: node.id, x0: x - half, y0: y - half, x1: x + half, y1: y + half });
    // Priority is the size encoding when one is chosen (what the map says matters), else the number of ties.
    const priority = scale ? s : (counts.get(node.id as ActorId) ?? 0);
    candidates.push({
      id: node.id,
      x: node.position.x,
      y: node.position.y - SHAPE_CENTRE_Y + NAME_TOP + (SHAPE_SIZE / 2) * (s - 1),
      shape: shapeOfName(node.data.name),
      priority: look === DIM ? priority + DIMMED : priority,
      always: Boolean(node.selected) || node.id === editing,
    });
  }
  const tieLabels = useEncodingStore.getState().tieLabels ? tieLabelCandidates(fontPx) : [];
  const shown = placeLabels(tieLabels.length ? [...candidates, ...tieLabels] : candidates, fontPx, shapes);
  const hidden = new Set<string>();
  for (const node of nodes) if (!shown.has(node.id)) hidden.add(node.id);
  const hiddenTieLabels = new Set<string>();
  for (const c of tieLabels) if (!shown.has(c.id)) hiddenTieLabels.add(c.id.slice(TIE_PREFIX.length));
  const before = useNameStore.getState();
  if (
    before.fontPx !== fontPx ||
    !sameSet(before.hidden, hidden) ||
    !sameSet(before.hiddenTieLabels, hiddenTieLabels)
  ) {
    useNameStore.setState({ fontPx, hidden, hiddenTieLabels });
  }
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...b].every((id) => a.has(id));

/** Tie labels are placed after every name (lowest priority), centred on the middle of their curve. */
const TIE_PREFIX = 'tie:';
const TIE_LABEL_PRIORITY = -4e9;

function tieLabelCandidates(fontPx: number): LabelCandidate[] {
  const { nodes, edges } = useFlowStore.getState();
  const { ties, tieTypesById } = useDocumentStore.getState();
  const visible = useVisibleStore.getState();
  const positions = positionsOf(nodes);
  const bends = bendsOf(ties);
  const result: LabelCandidate[] = [];
  for (const edge of edges) {
    const look = tieLook(visible, edge.id);
    const typeId = ties.get(edge.id as TieId)?.tieTypeId;
    const text = typeId ? tieTypesById.get(typeId)?.name : undefined;
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (!text || look === HIDDEN || !from || !to) continue;
    const curve = tieCurve(from, to, bends.get(edge.id) ?? 0, TIE_CLEARANCE, TIE_CLEARANCE);
    if (!curve) continue;
    const shape = shapeOfLine(text, TIE_LABEL_SCALE);
    result.push({
      id: TIE_PREFIX + edge.id,
      x: curve.mid.x,
      y: curve.mid.y - (shape.heightEm * fontPx) / 2,
      shape,
      priority: TIE_LABEL_PRIORITY + (look === DIM ? DIMMED : 0),
      always: Boolean(edge.selected),
    });
  }
  return result;
}

/** Keeps the name store up to date while `active` (names drawn); returns the names' font size in map units. */
export function useNamePlacement(active: boolean): number {
  const step = useZoomStep();
  const workshop = useWorkshopStore((s) => s.on);
  const fontPx = nameFontSize(workshop ? 'workshop' : 'normal', step * STEP_LOW);
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const run = () => {
      frame = 0;
      // Not on every frame of a drag (~15 ms on 5,000 actors): the dragged actors are selected, so their names
      // show; the rest are placed again when the drag ends.
      if (!useFlowStore.getState().draggingIds) place(fontPx);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(run);
    };
    run();
    const stops = [
      useFlowStore.subscribe(schedule),
      useDocumentStore.subscribe(schedule),
      useActorEncoding.subscribe(schedule),
      useVisibleStore.subscribe(schedule),
      useSessionStore.subscribe(schedule),
      useEncodingStore.subscribe(schedule),
    ];
    return () => {
      cancelAnimationFrame(frame);
      for (const stop of stops) stop();
    };
  }, [fontPx, active]);
  return fontPx;
}
