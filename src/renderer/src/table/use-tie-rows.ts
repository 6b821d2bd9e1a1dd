// The tie table's rows: what the map filter keeps, narrowed by the table's text box, in the chosen order.
import { useMemo } from 'react';
import { TIE_DIRECTIONS, TIE_STRENGTHS, type Tie } from '../../../shared/domain';
import type { Choice } from '../forms/SelectField';
import { DIRECTION_WORDS, STRENGTH_WORDS } from '../inspector/words';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { narrowRows, sortRows, type SortState } from './row-sort';
import { tieCellText, tieRowText, type TieColumn, type TieLookups } from './tie-columns';
import { useShownIds } from './use-shown';

export const DIRECTION_CHOICES: Choice[] = TIE_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_WORDS[d] }));
export const STRENGTH_CHOICES: Choice[] = TIE_STRENGTHS.map((s) => ({ value: s, label: STRENGTH_WORDS[s] }));

export type TieTableLookups = TieLookups & { typeChoices: readonly Choice[]; statusChoices: readonly Choice[] };

export function useTieLookups(): TieTableLookups {
  const actors = useDocumentStore((s) => s.actors);
  const tieTypes = useDocumentStore((s) => s.tieTypes);
  const tieTypesById = useDocumentStore((s) => s.tieTypesById);
  const tieStatuses = useDocumentStore((s) => s.tieStatuses);
  const tieStatusesById = useDocumentStore((s) => s.tieStatusesById);
  return useMemo(
    () => ({
      actors,
      tieTypes,
      tieTypesById,
      tieStatuses,
      tieStatusesById,
      typeChoices: [{ value: '', label: 'No type' }, ...tieTypes.map((t) => ({ value: t.id, label: t.name }))],
      statusChoices: [{ value: '', label: 'No status' }, ...tieStatuses.map((t) => ({ value: t.id, label: t.name }))],
    }),
    [actors, tieTypes, tieTypesById, tieStatuses, tieStatusesById],
  );
}

export function useTieRows(
  query: string,
  sort: SortState<TieColumn>,
  lookups: TieLookups,
): { rows: Tie[]; shownCount: number } {
  // The map's order, each tie whole from the details (the table asks for every tie's; see useAllDetails).
  const onMap = useDocumentStore((s) => s.ties);
  const details = useDetailsStore((s) => s.ties);
  const shown = useShownIds();
  const kept = useMemo(() => {
    const ids = shown ? [...onMap.keys()].filter((id) => shown.tieIds.has(id)) : [...onMap.keys()];
    return ids.flatMap((id) => details.get(id) ?? []);
  }, [onMap, details, shown]);
  const narrowed = useMemo(() => narrowRows(kept, query, (t) => tieRowText(t, lookups)), [kept, query, lookups]);
  const rows = useMemo(
    () => sortRows(narrowed, (t) => tieCellText(t, sort.key, lookups), sort.direction),
    [narrowed, sort, lookups],
  );
  return { rows, shownCount: kept.length };
}
