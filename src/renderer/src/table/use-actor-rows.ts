// The actor table's rows: what the map filter keeps, narrowed by the table's text box, in the chosen order.
import { useMemo } from 'react';
import type { Actor, CareOfferId } from '../../../shared/domain';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { actorCellText, actorRowText, type ActorColumn, type ActorLookups } from './actor-columns';
import { narrowRows, sortRows, type SortState } from './row-sort';
import { useShownIds } from './use-shown';
import type { Choice } from '../forms/SelectField';

export type ActorTableLookups = ActorLookups & { kindChoices: readonly Choice[] };

export function useActorLookups(): ActorTableLookups {
  const kinds = useDocumentStore((s) => s.kinds);
  const kindsById = useDocumentStore((s) => s.kindsById);
  const careOffers = useDocumentStore((s) => s.careOffers);
  const customFields = useDocumentStore((s) => s.actorFields);
  return useMemo(
    () => ({
      kinds,
      kindsById,
      careOfferNames: new Map(careOffers.map((o) => [o.id, o.name] as [CareOfferId, string])),
      kindChoices: kinds.map((k) => ({ value: k.id, label: k.name })),
      customFields,
    }),
    [kinds, kindsById, careOffers, customFields],
  );
}

export function useActorRows(
  query: string,
  sort: SortState<ActorColumn>,
  lookups: ActorLookups,
): { rows: Actor[]; shownCount: number } {
  // The map's order, each actor whole from the details (the table asks for every actor's; see useAllDetails).
  const onMap = useDocumentStore((s) => s.actors);
  const details = useDetailsStore((s) => s.actors);
  const shown = useShownIds();
  const kept = useMemo(() => {
    const ids = shown ? [...onMap.keys()].filter((id) => shown.actorIds.has(id)) : [...onMap.keys()];
    return ids.flatMap((id) => details.get(id) ?? []);
  }, [onMap, details, shown]);
  const narrowed = useMemo(() => narrowRows(kept, query, (a) => actorRowText(a, lookups)), [kept, query, lookups]);
  const rows = useMemo(
    () => sortRows(narrowed, (a) => actorCellText(a, sort.key, lookups), sort.direction),
    [narrowed, sort, lookups],
  );
  return { rows, shownCount: kept.length };
}
