// The name a snapshot gets when the facilitator does not give one: the day and time, in words.

import { dateInWords, type Locale } from '../date-words';

/** "27 November 2026" (in the user's locale), the same words the reports use for a date. */
export function dayInWords(now: Date = new Date(), locale?: Locale): string {
  return dateInWords(now, locale);
}

/** "Snapshot — 27 November 2026, 17:32": the time tells two snapshots of one day apart. */
export function defaultSnapshotName(now: Date = new Date(), locale?: Locale): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Snapshot — ${dayInWords(now, locale)}, ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
