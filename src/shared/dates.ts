// Calendar dates as YYYY-MM-DD: checking that one is real (no 30 February) and naming today.
import type { IsoDate } from './domain';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a date that exists on the calendar, written YYYY-MM-DD; "2025-02-30" and "2025-2-3" are not. */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  // Date.UTC rolls 30 February over into March; a real date survives the round trip unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The facilitator's today (local time, not UTC: a late-evening workshop belongs to that evening's date). */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
