// The map as a PNG under Node (command line, main process): the shared SVG picture rasterised by resvg, a maintained
// renderer that needs no browser. The renderer rasterises in Chromium instead (export/map-image.ts).
import { Resvg } from '@resvg/resvg-js';
import type { MapDocument } from '../../shared/domain';
import { mapToSvg, type MapPictureOptions } from '../../shared/render/map-svg';

export interface MapPng {
  png: Uint8Array;
  width: number;
  height: number;
}

/** `scale` 1–4: 4× an A4-wide map is about 300 dpi. */
export function mapPng(doc: MapDocument, options: MapPictureOptions & { scale: number }): MapPng {
  const picture = mapToSvg(doc, options);
  const resvg = new Resvg(picture.svg, {
    fitTo: { mode: 'zoom', value: options.scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
