// A column heading that sorts the table when clicked, and says how it is sorted (aria-sort).
import type { SortState } from './row-sort';

interface SortHeaderProps<K extends string> {
  column: K;
  heading: string;
  sort: SortState<K>;
  onSort(column: K): void;
}

export function SortHeader<K extends string>({ column, heading, sort, onSort }: SortHeaderProps<K>) {
  const sorted = sort.key === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={sorted ?? 'none'} className={`data-table__head data-table__head--${column}`}>
      <button type="button" className="data-table__sort" onClick={() => onSort(column)}>
        {heading}
        <span aria-hidden="true" className="data-table__arrow">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
