// One filter criterion as a row of check boxes: ticking values shows actors (or ties) with any of them.
import { memo } from 'react';
import type { MapFilter } from '../../../shared/filter';
import { useViewStore } from '../state/view-store';
import { toggleInFilter, type ListKey } from './filter-edits';

type Key = Exclude<ListKey, 'fields'>;

export interface CheckListProps<K extends Key> {
  legend: string;
  filterKey: K;
  options: readonly { value: NonNullable<MapFilter[K]>[number]; label: string; colour?: string }[];
}

function CheckListComponent<K extends Key>({ legend, filterKey, options }: CheckListProps<K>) {
  const ticked = useViewStore((s) => s.filter[filterKey]) as readonly unknown[] | undefined;
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-panel__group">
      <legend className="filter-panel__legend">{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="filter-panel__check">
          <input
            type="checkbox"
            checked={ticked?.includes(o.value) ?? false}
            onChange={() => toggleInFilter(filterKey, o.value)}
          />
          {o.colour && <span className="filter-panel__swatch" style={{ background: o.colour }} aria-hidden="true" />}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export const CheckList = memo(CheckListComponent) as typeof CheckListComponent;
