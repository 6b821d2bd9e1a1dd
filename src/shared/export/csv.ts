// Writes actors and ties as two CSV files (UTF-8 with a byte-order mark, so Excel reads accents right).
// A text that a spreadsheet would run as a formula gets a leading apostrophe; Caremap's importer drops it again.
import type { MapDocument } from '../domain';
import { guardCsvText } from '../csv-guard';
import { actorRows, tieRows, type Cell, type Row } from './spreadsheet-rows';

function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const text = guardCsvText(cell);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rowsToCsv(rows: Row[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function mapToCsv(doc: MapDocument): { actors: string; ties: string } {
  return { actors: rowsToCsv(actorRows(doc)), ties: rowsToCsv(tieRows(doc)) };
}
