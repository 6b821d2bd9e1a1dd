// The graph every peer renderer draws: the same actors (positions, names, kind colours) and ties as Caremap's map file.
import { openMapStore } from '../../src/main/store';

export interface PeerGraph {
  actors: { id: string; name: string; x: number; y: number; colour: string }[];
  ties: { id: string; from: string; to: string }[];
}

/** Reads the generated map the Caremap rows use, so every row of the comparison draws the very same graph. */
export function peerGraphOf(mapPath: string): PeerGraph {
  const store = openMapStore(mapPath);
  try {
    const colours = new Map(store.kinds().map((k) => [k.id, k.colour]));
    return {
      actors: store
        .actors()
        .map((a) => ({ id: a.id, name: a.name, x: a.x, y: a.y, colour: colours.get(a.kindId) ?? '#888' })),
      ties: store.ties().map((t) => ({ id: t.id, from: t.fromId, to: t.toId })),
    };
  } finally {
    store.close();
  }
}

/** What each peer page sets on window (see the *-page files). */
export interface PeerWindow {
  __peerGraph: PeerGraph;
  /** performance.now() at the first frame with every actor drawn. */
  __peerReadyAt?: number;
  /** Client coordinates of an actor, for the drag. */
  __peerActorOnScreen(id: string): { x: number; y: number };
}
