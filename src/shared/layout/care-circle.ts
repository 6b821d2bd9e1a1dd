// Care circle: the focal actor in the middle, everyone else on rings around it — by how many ties away they are,
// or by kind (individuals nearest, then grassroots groups, voluntary organisations, statutory services outside).
import type { KindClass } from '../analysis/types';
import { CLEAR_X, CLEAR_Y } from './actor-box';
import type { LayoutActor, LayoutTie, Placement } from './layout-types';

export type CareCircleMode = 'distance' | 'kind';

export interface Ring {
  /** 1 = nearest the centre. */
  index: number;
  radius: number;
  /** What the ring holds, in words: "1 tie away", "Grassroots groups", "Not connected". */
  label: string;
  ids: string[];
}

export interface CareCircle {
  centre: { x: number; y: number };
  rings: Ring[];
  /** The unpinned actors that move; pinned actors keep their place. */
  placements: Placement[];
}

/** Room along a ring per actor, and between rings: more than a box's diagonal, so neighbours never overlap. */
export const RING_SPACING = Math.ceil(Math.hypot(CLEAR_X, CLEAR_Y)) + 6;
export const RING_GAP = RING_SPACING;

const KIND_RINGS: readonly { kindClass: KindClass; label: string }[] = [
  { kindClass: 'individual', label: 'Individuals' },
  { kindClass: 'grassroots', label: 'Grassroots groups' },
  { kindClass: 'voluntary', label: 'Voluntary and community organisations' },
  { kindClass: 'statutory', label: 'Statutory services' },
];

/** Hops from the focal actor over ties in either direction; actors it cannot reach are absent. */
export function tieDistances(focalId: string, ties: readonly LayoutTie[]): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const t of ties) {
    link(t.fromId, t.toId);
    link(t.toId, t.fromId);
  }
  const distance = new Map<string, number>([[focalId, 0]]);
  let frontier = [focalId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of neighbours.get(id) ?? []) {
        if (distance.has(n)) continue;
        distance.set(n, distance.get(id)! + 1);
        next.push(n);
      }
    }
    frontier = next;
  }
  return distance;
}

const tiesAway = (n: number) => `${n} tie${n === 1 ? '' : 's'} away`;

/** Which ring each actor belongs on (before empty rings are dropped), with each ring's label. */
function ringKeys(
  actors: readonly LayoutActor[],
  ties: readonly LayoutTie[],
  focalId: string,
  mode: CareCircleMode,
  classOf: (kindId: string) => KindClass,
): { ringOf: Map<string, number>; labels: Map<number, string> } {
  const ringOf = new Map<string, number>();
  const labels = new Map<number, string>();
  if (mode === 'kind') {
    KIND_RINGS.forEach((r, i) => labels.set(i + 1, r.label));
    for (const a of actors) {
      if (a.id !== focalId) ringOf.set(a.id, KIND_RINGS.findIndex((r) => r.kindClass === classOf(a.kindId)) + 1);
    }
    return { ringOf, labels };
  }
  const distance = tieDistances(focalId, ties);
  const farthest = Math.max(0, ...[...distance.values()]);
  for (let d = 1; d <= farthest; d++) labels.set(d, tiesAway(d));
  labels.set(farthest + 1, 'Not connected');
  for (const a of actors) if (a.id !== focalId) ringOf.set(a.id, distance.get(a.id) ?? farthest + 1);
  return { ringOf, labels };
}

/**
 * Lays out a care circle around `focalId`, which stays where it is. Within a ring, actors sit in kind order (then
 * by id), so actors of a kind sit together and a ring comes out the same each time; each ring is at least RING_GAP outside the last and wide enough to
 * give every actor RING_SPACING of its length.
 */
/** Where a ring's label goes: at the top of the ring, in the slot kept free for it. */
export const ringLabelPoint = (centre: { x: number; y: number }, ring: Ring) => ({
  x: centre.x,
  y: centre.y - ring.radius,
});

export function careCircleLayout(
  actors: readonly LayoutActor[],
  ties: readonly LayoutTie[],
  focalId: string,
  mode: CareCircleMode,
  classOf: (kindId: string) => KindClass,
  kindOrder: readonly string[] = [],
): CareCircle {
  const focal = actors.find((a) => a.id === focalId);
  if (!focal) throw new Error('The care circle needs its focal actor on the map.');
  const centre = { x: focal.x, y: focal.y };
  const { ringOf, labels } = ringKeys(actors, ties, focalId, mode, classOf);
  const kindRank = new Map(kindOrder.map((id, i) => [id, i]));
  const byRing = new Map<number, LayoutActor[]>();
  for (const a of actors) {
    const key = ringOf.get(a.id);
    if (key === undefined) continue;
    const list = byRing.get(key);
    if (list) list.push(a);
    else byRing.set(key, [a]);
  }
  const rings: Ring[] = [];
  const placements: Placement[] = [];
  let radius = 0;
  for (const key of [...byRing.keys()].sort((a, b) => a - b)) {
    const members = byRing.get(key)!;
    members.sort(
      (a, b) =>
        (kindRank.get(a.kindId) ?? 1e9) - (kindRank.get(b.kindId) ?? 1e9) ||
        a.kindId.localeCompare(b.kindId) ||
        a.id.localeCompare(b.id),
    );
    // One slot more than the ring holds: the top one is kept for the ring's label, drawn on the canvas.
    const slots = members.length + 1;
    radius = Math.max(radius + RING_GAP, (slots * RING_SPACING) / (2 * Math.PI));
    rings.push({ index: rings.length + 1, radius, label: labels.get(key) ?? '', ids: members.map((m) => m.id) });
    members.forEach((a, i) => {
      if (a.pinned) return;
      // Start just right of the label at the top and go clockwise, like reading a clock face.
      const angle = -Math.PI / 2 + (2 * Math.PI * (i + 1)) / slots;
      placements.push({
        id: a.id,
        x: Math.round(centre.x + radius * Math.cos(angle)),
        y: Math.round(centre.y + radius * Math.sin(angle)),
      });
    });
  }
  return { centre, rings, placements };
}
