// The actors the per-actor steps (care offers, influence) go through: those added in this session, or, if it added
// none or the facilitator asks, every actor on the map; capped so a big map does not build thousands of rows.
import { useMemo } from 'react';
import type { Actor } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { useGuidedStore } from '../state/guided-store';

export const MOST_ROWS = 200;

export function useStepActors(everyone: boolean): { actors: Actor[]; total: number; sessionOnly: boolean } {
  const all = useDocumentStore((s) => s.actors);
  const added = useGuidedStore((s) => s.addedActors);
  return useMemo(() => {
    const fromSession = added.map((id) => all.get(id)).filter((a): a is Actor => a !== undefined);
    const sessionOnly = !everyone && fromSession.length > 0;
    const list = sessionOnly ? fromSession : [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
    return { actors: list.slice(0, MOST_ROWS), total: list.length, sessionOnly };
  }, [all, added, everyone]);
}
