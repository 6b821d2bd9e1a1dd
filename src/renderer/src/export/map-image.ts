// Pictures of the map as the canvas shows it (filter, focus, search, size and colour encodings), for PNG/SVG exports
// and the report: the look is read from the canvas's stores and drawn by the shared SVG renderer, then rasterised here.
import type { ActorId, TieId } from '../../../shared/domain';
import { mapToSvg } from '../../../shared/render/map-svg';
import type { ActorLook, MapLook, MapPicture, TieLook } from '../../../shared/render/picture-types';
import { loadedWholeDocument } from '../analysis/current-document';
import { useActorEncoding } from '../state/actor-encoding';
import { useDocumentStore } from '../state/document-store';
import { actorLook, DIM, HIDDEN, tieLook, useVisibleStore } from '../state/visible-ids';
import { currentViewBounds } from './view-bounds';

export interface CurrentPictureOptions {
  scope: 'whole' | 'view';
  background: 'white' | 'transparent';
  title?: string;
  date?: string;
  legend: boolean;
  anonymise: boolean;
}

/** Browsers refuse canvases much past 16,384 pixels a side or ~268 million pixels in all. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 200_000_000;

export function currentMapLook(): MapLook {
  const doc = useDocumentStore.getState();
  const visible = useVisibleStore.getState();
  const { scale, colour } = useActorEncoding.getState();
  const actors = new Map<ActorId, ActorLook>();
  for (const id of doc.actors.keys()) {
    const look = actorLook(visible, id);
    const s = scale?.get(id);
    const c = colour?.get(id);
    if (look === 0 && s === undefined && c === undefined) continue;
    actors.set(id, {
      hidden: look === HIDDEN,
      dimmed: look === DIM,
      ...(s !== undefined ? { scale: s } : {}),
      ...(c ? { colour: c } : {}),
    });
  }
  const ties = new Map<TieId, TieLook>();
  for (const id of doc.ties.keys()) {
    const look = tieLook(visible, id);
    if (look !== 0) ties.set(id, { hidden: look === HIDDEN, dimmed: look === DIM });
  }
  return { actors, ties };
}

/**
 * null when no map is open, or while its details are not all here (the picture can name people's numbers and needs
 * every record whole): callers await wholeDocument() first; the export dialog's size preview waits for them.
 */
export function currentMapPicture(options: CurrentPictureOptions): MapPicture | null {
  const doc = loadedWholeDocument();
  if (!doc) return null;
  const bounds = options.scope === 'view' ? currentViewBounds() : null;
  return mapToSvg(doc, {
    look: currentMapLook(),
    ...(bounds ? { bounds } : {}),
    background: options.background,
    ...(options.title ? { title: options.title } : {}),
    ...(options.date ? { date: options.date } : {}),
    legend: options.legend,
    anonymise: options.anonymise,
  });
}

/** Rasterises a picture at `scale` (1–4) in the browser; fails with a sentence when the result would be too big. */
export async function svgToPng(picture: MapPicture, scale: number): Promise<Uint8Array> {
  const width = Math.round(picture.width * scale);
  const height = Math.round(picture.height * scale);
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
    throw new Error(
      `At ${scale}× the picture would be ${width.toLocaleString()} × ${height.toLocaleString()} pixels, more than can be drawn. Choose a smaller scale, export the current view, or export SVG.`,
    );
  }
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser could not draw the picture. Try a smaller scale, or export SVG.');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('This browser could not make the PNG. Try a smaller scale, or export SVG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
