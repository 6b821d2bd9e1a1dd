// The one way Caremap writes a date in words, in the app and in every export: the user's locale decides the order and
// the month's name ("6 December 2026" in en-GB, "December 6, 2026" in en-US, "6. Dezember 2026" in de), never two styles.

/** Undefined means the user's own locale (the browser's or the system's). */
export type Locale = string | undefined;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    } catch {
      // A malformed locale tag from the system must not stop a snapshot or a report.
      format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
    }
    formats.set(key, format);
  }
  return format;
}

/** The day in words, local time: a late-evening workshop belongs to that evening. */
export function dateInWords(date: Date = new Date(), locale?: Locale): string {
  return formatFor(locale).format(date);
}

/** The line under a saved report's title, the same in the app's PDF and the command line's. */
export function reportSubtitle(date: Date = new Date(), locale?: Locale): string {
  return `Written by Caremap on ${dateInWords(date, locale)}`;
}
