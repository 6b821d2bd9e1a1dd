// One date formatter for the app and every export: the snapshot list, the PDF's subtitle and the picture's date agree.
import { describe, expect, it } from 'vitest';
import { dateInWords, reportSubtitle } from '../../../src/shared/date-words';
import { dayInWords, defaultSnapshotName } from '../../../src/shared/history';

const day = new Date(2026, 11, 6, 21, 30);

describe('dateInWords', () => {
  it('writes the date in the user locale: day first in Britain, month first in the United States', () => {
    expect(dateInWords(day, 'en-GB')).toBe('6 December 2026');
    expect(dateInWords(day, 'en-US')).toBe('December 6, 2026');
    expect(dateInWords(day, 'de-DE')).toBe('6. Dezember 2026');
  });

  it('is the very words the app (snapshots) and the report PDF use, in any locale', () => {
    for (const locale of ['en-GB', 'en-US', 'tr-TR', 'pl-PL', undefined]) {
      expect(dayInWords(day, locale)).toBe(dateInWords(day, locale));
      expect(reportSubtitle(day, locale)).toBe(`Written by Caremap on ${dateInWords(day, locale)}`);
      expect(defaultSnapshotName(day, locale)).toBe(`Snapshot — ${dateInWords(day, locale)}, 21:30`);
    }
  });

  it('survives a malformed locale tag by using the default one', () => {
    expect(dateInWords(day, 'not a locale!!')).toBe(dateInWords(day));
  });
});
