// The actors the per-actor steps (care offers, influence) go through: those added in this session, or, if it added
// none or the facilitator asks, every actor on the map; capped so a big map does not build thousands of rows.
// The rows show what each actor offers or scores, so they come whole from the details (fetched for these rows only).
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CanvasActor } from '../../../shared/canvas-records';
import type { Actor, ActorId } from '../../../shared/domain';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { useGuidedStore } from '../state/guided-store';
import { useManyDetails } from '../state/use-details';

export const MOST_ROWS = 200;

/** `actors` is null while the rows' details are on their way. */
export function useStepActors(everyone: boolean): { actors: Actor[] | null; total: number; sessionOnly: boolean } {
  const all = useDocumentStore((s) => s.actors);
  const added = useGuidedStore((s) => s.addedActors);
  const { ids, total, sessionOnly } = useMemo(() => {
    const fromSession = added.map((id) => all.get(id)).filter((a): a is CanvasActor => a !== undefined);
    const sessionOnly = !everyone && fromSession.length > 0;
    const list = sessionOnly ? fromSession : [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
    return { ids: list.slice(0, MOST_ROWS).map((a) => a.id), total: list.length, sessionOnly };
  }, [all, added, everyone]);
  const ready = useManyDetails(ids);
  const actors = useDetailsStore(
    useShallow((s) => (ready ? ids.flatMap((id: ActorId) => s.actors.get(id) ?? []) : null)),
  );
  return { actors, total, sessionOnly };
}
