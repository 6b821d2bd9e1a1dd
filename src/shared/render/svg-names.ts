// Actors' names in pictures, by the labelling policy: whole names (wrapped, never cut short) on a white halo, and
// a name that would overlap a more important one (size encoding, else number of ties) or another actor's shape
// left out; the actor's <title> still carries it.
import type { Actor, ActorId, Tie } from '../domain';
import {
  HALO_COLOUR,
  HALO_EM,
  NAME_LINE_HEIGHT,
  nameShape,
  PICTURE_NAME_PX,
  placeLabels,
  type LabelCandidate,
} from './label-policy';
import { escapeXml, FONT_FAMILY } from './svg-text';

export interface NamedActor {
  actor: Actor;
  radius: number;
  scale: number;
  /** Dimmed by filter or focus: gives way to every actor drawn in full. */
  dimmed?: boolean;
}

const n = (v: number) => Math.round(v * 10) / 10;
/** The gap between a shape and the top of its name, in font sizes. */
const GAP_EM = 0.5;

const nameTop = ({ actor, radius }: NamedActor, fontPx: number) => actor.y + radius + GAP_EM * fontPx;

/** The ids of the actors whose names are drawn at `fontPx`. */
export function pictureNames(
  actors: readonly NamedActor[],
  ties: readonly Tie[],
  fontPx = PICTURE_NAME_PX,
): Set<ActorId> {
  const degree = new Map<ActorId, number>();
  for (const t of ties) {
    degree.set(t.fromId, (degree.get(t.fromId) ?? 0) + 1);
    degree.set(t.toId, (degree.get(t.toId) ?? 0) + 1);
  }
  const scaled = actors.some((a) => a.scale !== 1);
  const candidates: LabelCandidate[] = actors.map((a) => ({
    id: a.actor.id,
    x: a.actor.x,
    y: nameTop(a, fontPx),
    shape: nameShape(a.actor.name),
    priority: (scaled ? a.scale : (degree.get(a.actor.id) ?? 0)) - (a.dimmed ? 1e9 : 0),
  }));
  // A name never covers another actor's shape: that would hide the actor.
  const shapes = actors.map(({ actor, radius }) => ({
    id: actor.id,
    x0: actor.x - radius,
    y0: actor.y - radius,
    x1: actor.x + radius,
    y1: actor.y + radius,
  }));
  return placeLabels(candidates, fontPx, shapes) as Set<ActorId>;
}

/** One name as SVG text: its policy lines centred under the shape, the halo painted under the letters. */
export function nameSvg(named: NamedActor, fontPx = PICTURE_NAME_PX): string {
  const { actor } = named;
  const lineHeight = fontPx * NAME_LINE_HEIGHT;
  // The first baseline sits about 0.9 em below the name's top edge.
  const top = nameTop(named, fontPx) + fontPx * 0.9;
  const spans = nameShape(actor.name)
    .lines.map((line, i) => `<tspan x="${n(actor.x)}" y="${n(top + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<text class="name" text-anchor="middle" font-family="${escapeXml(FONT_FAMILY)}" font-size="${fontPx}" font-weight="600" fill="#1d232b" ` +
    `stroke="${HALO_COLOUR}" stroke-width="${n(2 * HALO_EM * fontPx)}" stroke-linejoin="round" paint-order="stroke">${spans}</text>`
  );
}
