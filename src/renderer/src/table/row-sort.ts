// Sorting and narrowing table rows: by one column either way, and by text typed into the table's own box.
import { fold } from '../../../shared/text-fold';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Clicking the sorted column turns it around; clicking another sorts by it, A to Z. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Rows in the order of one column's text. Empty cells go last either way, since a blank is not "before A";
 * ties keep the order they came in, so sorting twice is stable.
 */
export function sortRows<T>(rows: readonly T[], text: (row: T) => string, direction: SortDirection): T[] {
  const keyed = rows.map((row, index) => ({ row, index, key: text(row) }));
  const sign = direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => {
    if (!a.key !== !b.key) return a.key ? -1 : 1;
    return sign * collator.compare(a.key, b.key) || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** The rows whose text contains every word typed, ignoring capitals and accents. */
export function narrowRows<T>(rows: readonly T[], query: string, text: (row: T) => string): readonly T[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = fold(text(row));
    return words.every((word) => haystack.includes(word));
  });
}
