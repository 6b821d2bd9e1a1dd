// Carries out an export the dialog asked for: data files are built by main (which owns the map), pictures from
// what the canvas shows; each file then goes through saveFile (a download, or Electron's save dialog).
import { api } from '../api/client';
import { nameScrubber } from '../../../shared/anonymise';
import { wholeDocument } from '../analysis/current-document';
import { safeFileName } from '../../../shared/export/file-names';
import { dateInWords } from '../../../shared/date-words';
import { currentMapPicture, svgToPng } from './map-image';
import { saveFile } from './save-file';
import { FORMAT_FILES, isPicture, type ExportFormat, type PictureChoices } from './export-choices';

export interface ExportRequest {
  format: ExportFormat;
  anonymise: boolean;
  mapName: string;
  picture: PictureChoices;
}

/** What happened, in words for the dialog: the files saved, or that the person cancelled. */
export interface ExportOutcome {
  saved: string[];
  cancelled: boolean;
}

function fromBase64(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function pictureOptions(request: ExportRequest) {
  const { picture, anonymise } = request;
  return {
    scope: picture.scope,
    background: picture.background,
    legend: picture.legend,
    anonymise,
    ...(picture.withTitle && picture.title.trim() ? { title: picture.title.trim() } : {}),
    ...(picture.withDate ? { date: dateInWords() } : {}),
  };
}

async function save(
  name: string,
  data: Uint8Array | string,
  mime: string,
  format: ExportFormat,
  outcome: ExportOutcome,
): Promise<void> {
  const result = await saveFile({ suggestedName: name, data, mime, ...FORMAT_FILES[format] });
  if (result.saved) outcome.saved.push(result.path ?? name);
  else outcome.cancelled = true;
}

export async function runExport(request: ExportRequest): Promise<ExportOutcome> {
  const outcome: ExportOutcome = { saved: [], cancelled: false };
  const { format } = request;
  if (isPicture(format)) {
    const doc = await wholeDocument();
    // Anonymised, a map named after someone gives a file named after their number, as data exports do.
    const mapName = request.anonymise && doc ? nameScrubber(doc)(request.mapName) : request.mapName;
    const base = safeFileName(`${mapName}${request.anonymise ? ' (anonymised)' : ''}`);
    const picture = currentMapPicture(pictureOptions(request));
    if (!picture) throw new Error('No map is open, so there is nothing to draw. Open a map first.');
    if (format === 'svg') await save(`${base}.svg`, picture.svg, 'image/svg+xml', format, outcome);
    else await save(`${base}.png`, await svgToPng(picture, request.picture.scale), 'image/png', format, outcome);
    return outcome;
  }
  const { files } = await api['export.data']({ format, anonymise: request.anonymise });
  for (const file of files) {
    await save(file.name, fromBase64(file.base64), file.mime, format, outcome);
    if (outcome.cancelled) break;
  }
  return outcome;
}
