// Where the phone's map looks: the whole map fitted to the screen (room left for the names that run to the right of
// each dot, and for the zoom buttons), then the person's zoom and pan. Names are drawn at a fixed size on screen.
import type { RoomActor } from '../../../shared/room';

export interface MapLook {
  /** 1 = the whole map fits; more is closer. */
  zoom: number;
  /** The map point shown at the centre of the fitted area. */
  cx: number;
  cy: number;
}

export interface Frame {
  viewBox: [number, number, number, number];
  /** Screen pixels per map unit. */
  scale: number;
}

export const NAME_PX = 13;
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 12;
/** Screen pixels kept clear around the fitted map; on the right, the zoom buttons' column. */
export const PAD = { left: 16, right: 64, top: 20, bottom: 20 };
/** A map of one or two actors is not blown up past this many pixels per unit. */
const MAX_FIT_SCALE = 1.5;
/** An average letter of the names' font, to keep room for the longest name at the right. */
const LETTER_PX = NAME_PX * 0.58;

function actorBox(actors: RoomActor[]): { x: number; y: number; width: number; height: number } {
  if (actors.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = actors.map((a) => a.x);
  const ys = actors.map((a) => a.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function fittedLook(actors: RoomActor[]): MapLook {
  const b = actorBox(actors);
  return { zoom: 1, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
}

/** Room for the names at the right of the fitted map: the longest name, but never more than 40% of the screen. */
function nameRoom(actors: RoomActor[], width: number): number {
  const longest = actors.reduce((most, a) => Math.max(most, a.name.length), 0);
  return Math.min(longest * LETTER_PX + 14, width * 0.4);
}

export function frameFor(actors: RoomActor[], look: MapLook, screen: { width: number; height: number }): Frame {
  const width = Math.max(screen.width, 1);
  const height = Math.max(screen.height, 1);
  const b = actorBox(actors);
  const right = PAD.right + nameRoom(actors, width);
  const usableW = Math.max(width - PAD.left - right, 40);
  const usableH = Math.max(height - PAD.top - PAD.bottom, 40);
  const fit = Math.min(usableW / Math.max(b.width, 1), usableH / Math.max(b.height, 1), MAX_FIT_SCALE);
  const scale = fit * look.zoom;
  // The look's centre sits at the centre of the usable area, not of the whole screen.
  const centreX = PAD.left + usableW / 2;
  const centreY = PAD.top + usableH / 2;
  return { viewBox: [look.cx - centreX / scale, look.cy - centreY / scale, width / scale, height / scale], scale };
}

export function zoomed(look: MapLook, factor: number): MapLook {
  return { ...look, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, look.zoom * factor)) };
}

export function panned(look: MapLook, dxPx: number, dyPx: number, scale: number): MapLook {
  return { ...look, cx: look.cx - dxPx / scale, cy: look.cy - dyPx / scale };
}
