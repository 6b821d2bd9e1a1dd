// The frame of a whole-map picture: actors packed for the picture when that makes it clearly smaller (picture-pack.ts),
// then the picture framed to what is drawn. The map itself is never changed; only the drawn copies move.
import type { Actor, MapDocument } from '../domain';
import { contentBounds } from './picture-frame';
import type { IsolatedStrip } from './isolated-strip';
import { packForPicture } from './picture-pack';
import type { MapLook, PictureBounds } from './picture-types';

export interface FramedMap {
  area: PictureBounds;
  /** Drawn actors with their place in the picture (a copy moved by packing, or the actor itself). */
  actors: Map<string, Actor>;
  strip: IsolatedStrip | null;
}

/** `drawn` maps each drawn actor's id to it and its drawn radius; `legend` is the legend's size, if there is one. */
export function frameWholeMap(
  doc: MapDocument,
  drawn: ReadonlyMap<string, { actor: Actor; radius: number }>,
  look: MapLook | undefined,
  legend?: { width: number; height: number },
): FramedMap {
  const kindOrder = new Map(doc.kinds.map((k, i) => [k.id as string, i]));
  const items = [...drawn.values()].map(({ actor, radius }) => ({
    id: actor.id,
    name: actor.name,
    x: actor.x,
    y: actor.y,
    radius,
    kindOrder: kindOrder.get(actor.kindId) ?? 0,
  }));
  // Groups are what the picture shows as joined: ties hidden by a filter do not hold actors together.
  const links = doc.ties
    .filter((t) => !look?.ties?.get(t.id)?.hidden && drawn.has(t.fromId) && drawn.has(t.toId))
    .map((t) => [t.fromId, t.toId] as const);
  const packed = packForPicture(items, links, legend);
  const actors = new Map<string, Actor>();
  for (const [id, { actor }] of drawn) {
    const at = packed?.positions.get(id);
    actors.set(id, at ? { ...actor, x: at.x, y: at.y } : actor);
  }
  return { area: packed?.bounds ?? contentBounds(items), actors, strip: packed?.strip ?? null };
}
