// What the layout functions read and return: plain positions and links, so they run in a worker, in tests and in main.

/** An actor as a layout sees it. (x, y) is the centre of its shape, as everywhere in Caremap. */
export interface LayoutActor {
  id: string;
  x: number;
  y: number;
  kindId: string;
  pinned: boolean;
  /** Its name, which sets how wide and tall its label is (actor-box.ts); without it the whole node box is assumed. */
  name?: string;
}

export interface LayoutTie {
  fromId: string;
  toId: string;
}

/** Where one actor should go. A layout lists only the actors it moves. */
export interface Placement {
  id: string;
  x: number;
  y: number;
}
