// A spreadsheet cell's text the way a person reads it (dates as YYYY-MM-DD, numbers without Excel's display
// formatting), shared by the SheetJS path and the fast .xlsx reader so both give the same text for the same cell.
import type * as XLSX from 'xlsx';

/** A date as its calendar day; SheetJS gives dates at local midnight (UTC when the file has no time zone). */
export function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  // UTC parts of the moment 12 hours on keep the calendar day whatever the offset.
  const d = new Date(value.getTime() + 12 * 3600 * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const numberText = (value: number) => (Number.isFinite(value) ? String(value) : '');

export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.t === 'e' || cell.t === 'z') return '';
  const value: unknown = cell.v;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a cell value is a string, number or boolean here (dates handled above)
  return String(value);
}
