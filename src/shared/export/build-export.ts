// One entry for every data export: the map (anonymised if asked) in the chosen format, as the file(s) to save.
import { anonymiseDocument } from '../anonymise';
import type { MapDocument } from '../domain';
import { APP_VERSION } from '../version';
import type { DataFormat } from './data-formats';
import { safeFileName, todayIso } from './file-names';
import type { ExportStamp } from './about-sheet';
import { mapToCsv } from './csv';
import { mapToGexf } from './gexf';
import { mapToGraphml } from './graphml';
import { mapToJson } from './json';
import { mapToXlsx } from './xlsx';

export interface ExportFile {
  /** A file name (no folder), e.g. "Clapton-actors.csv". */
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface DataExportOptions {
  anonymise: boolean;
  /** YYYY-MM-DD; today when not given. */
  exportedOn?: string;
  /** The file name without extension; the map's name when not given. */
  baseName?: string;
}

export const FORMAT_MIME: Record<DataFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  json: 'application/json',
};

const encoder = new TextEncoder();

export function buildExport(source: MapDocument, format: DataFormat, options: DataExportOptions): ExportFile[] {
  const doc = options.anonymise ? anonymiseDocument(source) : source;
  const stamp: ExportStamp = {
    exportedOn: options.exportedOn ?? todayIso(),
    anonymised: options.anonymise,
    appVersion: APP_VERSION,
  };
  const base = safeFileName(options.baseName ?? `${doc.info.name}${options.anonymise ? ' (anonymised)' : ''}`);
  const text = (name: string, body: string): ExportFile => ({
    name,
    mime: FORMAT_MIME[format],
    bytes: encoder.encode(body),
  });
  switch (format) {
    case 'xlsx':
      return [{ name: `${base}.xlsx`, mime: FORMAT_MIME.xlsx, bytes: mapToXlsx(doc, stamp) }];
    case 'csv': {
      const csv = mapToCsv(doc);
      return [text(`${base}-actors.csv`, csv.actors), text(`${base}-ties.csv`, csv.ties)];
    }
    case 'graphml':
      return [text(`${base}.graphml`, mapToGraphml(doc))];
    case 'gexf':
      return [text(`${base}.gexf`, mapToGexf(doc, stamp.exportedOn))];
    case 'json':
      return [text(`${base}.json`, mapToJson(doc, stamp))];
  }
}
