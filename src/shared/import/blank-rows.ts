// Counts the empty rows inside a sheet's table (after the header, before its last filled row), so the preview can say
// they were skipped rather than let a facilitator wonder where a row went. Trailing empty rows are the sheet's edge.
import type { RawSheet } from './import-types';

export function blankRowsOf(sheet: RawSheet, headerRow: number): number {
  const blank = (r: number) => (sheet.rows[r] ?? []).every((c) => c.trim() === '');
  let last = sheet.rows.length - 1;
  while (last > headerRow && blank(last)) last--;
  let count = 0;
  for (let r = headerRow + 1; r < last; r++) if (blank(r)) count++;
  return count;
}
