// How much room each drawn actor takes in a picture (its shape and the name under it), and the frame around all of
// them: a whole-map picture is framed to what is drawn, so no side of it is empty map.
import type { Actor, Tie } from '../domain';
import type { Obstacles } from './legend-dock';
import type { MapLook, PictureBounds } from './picture-types';
import { STRIP_LABEL_SIZE, stripLabel, type IsolatedStrip } from './isolated-strip';
import { textWidth } from './text-width';

/** As the canvas draws names: up to two lines in a 150-wide box under the shape (see map-svg.ts). */
const NAME_HALF_WIDTH = 75;
const NAME_GAP = 6;
const NAME_LINES_HEIGHT = 2 * 14 + 4;

export interface FramedActor {
  x: number;
  y: number;
  radius: number;
}

/** The box an actor's shape and name cover, in map coordinates. */
export function actorBox({ x, y, radius }: FramedActor): PictureBounds {
  const half = Math.max(radius, NAME_HALF_WIDTH);
  return { x: x - half, y: y - radius, width: 2 * half, height: 2 * radius + NAME_GAP + NAME_LINES_HEIGHT };
}

/** The union of the actors' boxes, with `pad` all round; a blank 400×300 when there is nothing to draw. */
export function contentBounds(actors: Iterable<FramedActor>, pad = 8): PictureBounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const actor of actors) {
    const box = actorBox(actor);
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 400, height: 300 };
  return { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
}

/** What a legend docked inside the map must not cover: every drawn actor with its name, every drawn tie, the strip's heading. */
export function pictureObstacles(
  drawn: Iterable<{ actor: Pick<Actor, 'id' | 'x' | 'y'>; radius: number }>,
  ties: readonly Pick<Tie, 'id' | 'fromId' | 'toId'>[],
  look: MapLook | undefined,
  strip: IsolatedStrip | null | undefined,
): Obstacles {
  const at = new Map<string, { x: number; y: number; radius: number }>();
  for (const { actor, radius } of drawn) at.set(actor.id, { x: actor.x, y: actor.y, radius });
  const boxes = [...at.values()].map(actorBox);
  // The heading's words, not the rule across the strip: the legend may sit beside the strip, under the rule.
  if (strip)
    boxes.push({ x: strip.x, y: strip.y, width: textWidth(stripLabel(strip), STRIP_LABEL_SIZE, true), height: 32 });
  const segments: [number, number, number, number][] = [];
  for (const tie of ties) {
    const a = at.get(tie.fromId);
    const b = at.get(tie.toId);
    if (a && b && !look?.ties?.get(tie.id)?.hidden) segments.push([a.x, a.y, b.x, b.y]);
  }
  return { boxes, segments };
}
