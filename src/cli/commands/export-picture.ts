// The command line's PNG and SVG export: the whole map on white with its title, today's date and the legend,
// drawn by the same picture code as the app.
import { mapPng } from '../../main/render/map-png';
import type { MapDocument } from '../../shared/domain';
import type { ExportFile } from '../../shared/export/build-export';
import { safeFileName } from '../../shared/export/file-names';
import { dateInWords } from '../../shared/date-words';
import { mapToSvg, type MapPictureOptions } from '../../shared/render/map-svg';

export const PICTURE_FORMATS = ['png', 'svg'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export function pictureFile(
  doc: MapDocument,
  format: PictureFormat,
  options: { anonymise: boolean; scale: number },
): ExportFile {
  const picture: MapPictureOptions = {
    background: 'white',
    title: doc.info.name,
    date: dateInWords(),
    legend: true,
    anonymise: options.anonymise,
  };
  const name = `${safeFileName(doc.info.name)}.${format}`;
  if (format === 'svg')
    return { name, mime: 'image/svg+xml', bytes: new TextEncoder().encode(mapToSvg(doc, picture).svg) };
  return { name, mime: 'image/png', bytes: mapPng(doc, { ...picture, scale: options.scale }).png };
}
