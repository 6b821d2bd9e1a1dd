// The Actors tab: the bulk bar for selected rows, then every shown actor as a sortable, windowed, editable row.
import { useEffect, useMemo, useState } from 'react';
import type { ActorId } from '../../../shared/domain';
import { useSelectedActorIds } from '../state/selected-ids';
import { ACTOR_COLUMNS, fieldColumn, type ActorColumn } from './actor-columns';
import { ActorBulkBar } from './ActorBulkBar';
import { ActorRow } from './ActorRow';
import { nextSort, type SortState } from './row-sort';
import { SortHeader } from './SortHeader';
import { selectActors } from './table-selection';
import { useActorLookups, useActorRows } from './use-actor-rows';
import { useRowSelection } from './use-row-selection';
import { useAllDetails } from '../state/use-details';
import { DetailsLoading } from '../inspector/DetailsLoading';
import { ROW_HEIGHT, useRowWindow } from './use-window';
import { SelectAllBox, TableCount } from './TableParts';

/** Every column needs every actor’s details: until they are here the table says so rather than show empty cells. */
export function ActorTable({ query }: { query: string }) {
  const ready = useAllDetails(true);
  if (!ready) return <DetailsLoading what="every actor’s details" />;
  return <ActorTableRows query={query} />;
}

function ActorTableRows({ query }: { query: string }) {
  const [sort, setSort] = useState<SortState<ActorColumn>>({ key: 'name', direction: 'ascending' });
  const lookups = useActorLookups();
  const { rows, shownCount } = useActorRows(query, sort, lookups);
  const selectedIds = useSelectedActorIds();
  const selected = useMemo(() => new Set<string>(selectedIds), [selectedIds]);
  const order = useMemo(() => rows.map((a) => a.id), [rows]);
  const selection = useRowSelection(order, selected, selectActors);
  const win = useRowWindow(rows.length, ROW_HEIGHT);
  const chosen = useMemo(() => rows.filter((a) => selected.has(a.id)), [rows, selected]);
  const { reveal } = win;
  const onSort = (key: ActorColumn) => setSort((s) => nextSort(s, key));

  // An actor selected on the canvas scrolls into view here.
  useEffect(() => {
    if (selectedIds.length === 1) {
      const index = order.indexOf(selectedIds[0] as ActorId);
      if (index >= 0) reveal(index);
    }
  }, [selectedIds, order, reveal]);

  return (
    <>
      <div className="table-panel__status">
        <TableCount shown={rows.length} total={shownCount} word="actor" selected={chosen.length} />
        {chosen.length > 0 && <ActorBulkBar actors={chosen} lookups={lookups} />}
      </div>
      <div className="data-table__scroll" ref={win.ref}>
        <table
          className="data-table"
          aria-label="Actors"
          aria-rowcount={rows.length + 1}
          style={{ minWidth: 900 + 140 * lookups.customFields.length }}
        >
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="data-table__check">
                <SelectAllBox ids={order} selected={chosen.length} word="actors" onSelect={selectActors} />
              </th>
              {ACTOR_COLUMNS.map((c) => (
                <SortHeader key={c.key} column={c.key} heading={c.heading} sort={sort} onSort={onSort} />
              ))}
              {lookups.customFields.map((f) => (
                <SortHeader key={f.id} column={fieldColumn(f)} heading={f.name} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {win.before > 0 && <tr aria-hidden="true" style={{ height: win.before }} />}
            {rows.slice(win.start, win.end).map((actor, i) => (
              <ActorRow
                key={actor.id}
                actor={actor}
                lookups={lookups}
                selected={selected.has(actor.id)}
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
