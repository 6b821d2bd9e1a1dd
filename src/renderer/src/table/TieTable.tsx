// The Ties tab: the bulk bar for selected rows, then every shown tie as a sortable, windowed, editable row.
import { useEffect, useMemo, useState } from 'react';
import type { TieId } from '../../../shared/domain';
import { useSelectedTieIds } from '../state/selected-ids';
import { nextSort, type SortState } from './row-sort';
import { SortHeader } from './SortHeader';
import { SelectAllBox, TableCount } from './TableParts';
import { TieBulkBar } from './TieBulkBar';
import { TieRow } from './TieRow';
import { TIE_COLUMNS, type TieColumn } from './tie-columns';
import { selectTies } from './table-selection';
import { useRowSelection } from './use-row-selection';
import { useAllDetails } from '../state/use-details';
import { DetailsLoading } from '../inspector/DetailsLoading';
import { useTieLookups, useTieRows } from './use-tie-rows';
import { ROW_HEIGHT, useRowWindow } from './use-window';

/** Every column needs every tie’s details: until they are here the table says so rather than show empty cells. */
export function TieTable({ query }: { query: string }) {
  const ready = useAllDetails(true, 'ties');
  if (!ready) return <DetailsLoading what="every tie’s details" />;
  return <TieTableRows query={query} />;
}

function TieTableRows({ query }: { query: string }) {
  const [sort, setSort] = useState<SortState<TieColumn>>({ key: 'from', direction: 'ascending' });
  const lookups = useTieLookups();
  const { rows, shownCount } = useTieRows(query, sort, lookups);
  const selectedIds = useSelectedTieIds();
  const selected = useMemo(() => new Set<string>(selectedIds), [selectedIds]);
  const order = useMemo(() => rows.map((t) => t.id), [rows]);
  const selection = useRowSelection(order, selected, selectTies);
  const win = useRowWindow(rows.length, ROW_HEIGHT);
  const chosen = useMemo(() => rows.filter((t) => selected.has(t.id)), [rows, selected]);
  const { reveal } = win;

  // A tie selected on the canvas scrolls into view here.
  useEffect(() => {
    if (selectedIds.length === 1) {
      const index = order.indexOf(selectedIds[0] as TieId);
      if (index >= 0) reveal(index);
    }
  }, [selectedIds, order, reveal]);

  return (
    <>
      <div className="table-panel__status">
        <TableCount shown={rows.length} total={shownCount} word="tie" selected={chosen.length} />
        {chosen.length > 0 && <TieBulkBar ties={chosen} lookups={lookups} />}
      </div>
      <div className="data-table__scroll" ref={win.ref}>
        <table className="data-table" aria-label="Ties" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="data-table__check">
                <SelectAllBox ids={order} selected={chosen.length} word="ties" onSelect={selectTies} />
              </th>
              {TIE_COLUMNS.map((c) => (
                <SortHeader
                  key={c.key}
                  column={c.key}
                  heading={c.heading}
                  sort={sort}
                  onSort={(key) => setSort((s) => nextSort(s, key))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {win.before > 0 && <tr aria-hidden="true" style={{ height: win.before }} />}
            {rows.slice(win.start, win.end).map((tie, i) => (
              <TieRow
                key={tie.id}
                tie={tie}
                lookups={lookups}
                selected={selected.has(tie.id)}
                rowIndex={win.start + i + 2}
                selection={selection}
              />
            ))}
            {win.after > 0 && <tr aria-hidden="true" style={{ height: win.after }} />}
          </tbody>
        </table>
      </div>
    </>
  );
}
