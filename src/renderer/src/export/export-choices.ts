// What the Export dialog offers: each format in a facilitator's words, and the choices a picture export takes.
import type { DataFormat } from '../../../shared/export/data-formats';

export type PictureFormat = 'png' | 'svg';
export type ExportFormat = PictureFormat | DataFormat;

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  /** Who or what it is for, in one line. */
  help: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'png', label: 'Picture (PNG)', help: 'For reports and slides: the map as an image.' },
  {
    format: 'svg',
    label: 'Picture that stays sharp (SVG)',
    help: 'For printing or design programs: zooms without blurring.',
  },
  {
    format: 'xlsx',
    label: 'Spreadsheet (Excel .xlsx)',
    help: 'For partners: actors, ties and your lists, one sheet each. Caremap can import it again.',
  },
  {
    format: 'csv',
    label: 'Spreadsheet as CSV (two files)',
    help: 'Actors and ties as two plain files, for any spreadsheet or database.',
  },
  {
    format: 'graphml',
    label: 'GraphML (yEd, Gephi)',
    help: 'For network programs: names, colours, positions and every field.',
  },
  { format: 'gexf', label: 'GEXF (Gephi)', help: 'For Gephi: every field, with colours and positions.' },
  { format: 'json', label: 'JSON (the whole map)', help: 'Everything in the map, for developers and archives.' },
];

export const isPicture = (format: ExportFormat): format is PictureFormat => format === 'png' || format === 'svg';

export interface PictureChoices {
  scope: 'whole' | 'view';
  scale: 1 | 2 | 3 | 4;
  background: 'white' | 'transparent';
  withTitle: boolean;
  title: string;
  withDate: boolean;
  legend: boolean;
}

export const SCALES = [1, 2, 3, 4] as const;

/** For the file dialog's filter. */
export const FORMAT_FILES: Record<ExportFormat, { filterName: string; extensions: string[] }> = {
  png: { filterName: 'PNG picture', extensions: ['png'] },
  svg: { filterName: 'SVG picture', extensions: ['svg'] },
  xlsx: { filterName: 'Excel spreadsheet', extensions: ['xlsx'] },
  csv: { filterName: 'CSV file', extensions: ['csv'] },
  graphml: { filterName: 'GraphML file', extensions: ['graphml'] },
  gexf: { filterName: 'GEXF file', extensions: ['gexf'] },
  json: { filterName: 'JSON file', extensions: ['json'] },
};
