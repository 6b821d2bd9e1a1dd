// What a picture of the map is asked to show, and what comes back: the contract between the canvas and the exports.
import type { ActorId, TieId } from '../domain';
import type { Bounds } from '../geometry-types';

export interface ActorLook {
  hidden?: boolean;
  dimmed?: boolean;
  /** Size as a multiple of the usual shape (the canvas's "Size by" encoding). */
  scale?: number;
  /** Fill colour instead of the kind's (the canvas's "Colour by" encoding). */
  colour?: string;
}

export interface TieLook {
  hidden?: boolean;
  dimmed?: boolean;
}

/** What the canvas shows: anything absent is drawn in full, at its usual size, in its kind's colour. */
export interface MapLook {
  actors?: ReadonlyMap<ActorId | string, ActorLook>;
  ties?: ReadonlyMap<TieId | string, TieLook>;
}

/** A rectangle in the map's own (flow) coordinates. */
export type PictureBounds = Bounds;

export interface MapPictureOptions {
  look?: MapLook;
  /** The part of the map to draw (the current view); the whole map when absent. */
  bounds?: PictureBounds;
  background: 'white' | 'transparent';
  title?: string;
  /** Printed under the title, as given (e.g. "27 November 2026"). */
  date?: string;
  legend: boolean;
  /** People drawn as "Person 1…n" (see anonymise.ts). */
  anonymise: boolean;
}

export interface MapPicture {
  svg: string;
  /** CSS pixels at scale 1; a PNG at scale s is width·s × height·s. */
  width: number;
  height: number;
  /** Where the legend sits in the picture (CSS px at scale 1), or null without one: tests and previews read it. */
  legendBox: PictureBounds | null;
}
