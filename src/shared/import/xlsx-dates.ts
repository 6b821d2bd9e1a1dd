// Dates in .xlsx cells as SheetJS reads them (its numdate and parseDate, copied so the fast reader agrees to the
// day): a serial number in a date-formatted cell, and an ISO text in a `t="d"` cell.
import { dateText, numberText } from './sheet-cell-text';

const DAY = 24 * 60 * 60 * 1000;
const EPOCH = Date.UTC(1899, 11, 30, 0, 0, 0);
const EPOCH_1900 = Date.UTC(1899, 11, 31, 0, 0, 0);
const EPOCH_1904 = Date.UTC(1904, 0, 1, 0, 0, 0);

/** The text of a serial date number; SheetJS keeps Excel's phantom 29 February 1900 (serial 60) as a number. */
export function serialDateText(serial: number, date1904: boolean): string {
  const v = serial + (date1904 ? 1462 : 0);
  if (v >= 60 && v < 61) return numberText(v);
  return dateText(new Date((v > 60 ? v : v + 1) * DAY + EPOCH));
}

const TIME = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/;
const DAY_ONLY = /^(\d+)-(\d+)-(\d+)$/;
const DAY_TIME = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/;

function parseDate(text: string, date1904: boolean): Date {
  let m = TIME.exec(text);
  if (m)
    return new Date(
      (date1904 ? EPOCH_1904 : EPOCH_1900) +
        ((parseInt(m[1]!, 10) * 60 + parseInt(m[2]!, 10)) * 60 + (m[3] ? parseInt(m[3].slice(1), 10) : 0)) * 1000 +
        (m[4] ? parseInt((m[4] + '000').slice(1, 4), 10) : 0),
    );
  m = DAY_ONLY.exec(text);
  if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 0, 0, 0, 0));
  m = DAY_TIME.exec(text);
  if (m)
    return new Date(
      Date.UTC(
        +m[1]!,
        +m[2]! - 1,
        +m[3]!,
        +m[4]!,
        +m[5]!,
        (m[6] && parseInt(m[6].slice(1), 10)) || 0,
        (m[7] && parseInt((m[7] + '0000').slice(1, 4), 10)) || 0,
      ),
    );
  return new Date(text);
}

/** The text of a `t="d"` cell's ISO date. */
export const isoDateText = (text: string, date1904: boolean) => dateText(parseDate(text, date1904));
