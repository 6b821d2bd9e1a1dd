// The name a snapshot gets when the facilitator does not give one: the day and time, in words.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "27 November 2026", local time: a late-evening workshop belongs to that evening. */
export function dayInWords(now: Date = new Date()): string {
  return `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
}

/** "Snapshot — 27 November 2026, 17:32": the time tells two snapshots of one day apart. */
export function defaultSnapshotName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Snapshot — ${dayInWords(now)}, ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
