// Where the phone's map looks: the whole map fitted to the screen, then the person's zoom and pan; names are drawn at a
// fixed size on screen (never below 11 px) whatever the zoom.
import type { RoomActor } from '../../../shared/room';

export interface MapLook {
  /** 1 = the whole map fits; more is closer. */
  zoom: number;
  /** The point of the map at the screen's centre. */
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
const MARGIN = 60;

export function mapBounds(actors: RoomActor[]): { x: number; y: number; width: number; height: number } {
  if (actors.length === 0) return { x: -200, y: -200, width: 400, height: 400 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of actors) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  // Room for the names, which run to the right of each dot.
  return { x: minX - MARGIN, y: minY - MARGIN, width: maxX - minX + 3 * MARGIN, height: maxY - minY + 2 * MARGIN };
}

export function fittedLook(actors: RoomActor[]): MapLook {
  const b = mapBounds(actors);
  return { zoom: 1, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
}

export function frameFor(actors: RoomActor[], look: MapLook, screen: { width: number; height: number }): Frame {
  const b = mapBounds(actors);
  const width = Math.max(screen.width, 1);
  const height = Math.max(screen.height, 1);
  const scale = Math.min(width / b.width, height / b.height) * look.zoom;
  const w = width / scale;
  const h = height / scale;
  return { viewBox: [look.cx - w / 2, look.cy - h / 2, w, h], scale };
}

export function zoomed(look: MapLook, factor: number): MapLook {
  return { ...look, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, look.zoom * factor)) };
}

export function panned(look: MapLook, dxPx: number, dyPx: number, scale: number): MapLook {
  return { ...look, cx: look.cx - dxPx / scale, cy: look.cy - dyPx / scale };
}
