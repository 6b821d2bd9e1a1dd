// Shows an actor named in the Analysis panel: selects it, centres the map on it and focuses its neighbourhood.
import { useCallback } from 'react';
import type { ActorId } from '../../../shared/domain';
import { useGoToActor } from '../view/go-to-actor';
import { setFocus } from '../state/view-store';

export function useShowActor(): (id: ActorId) => void {
  const goTo = useGoToActor();
  return useCallback(
    (id: ActorId) => {
      goTo(id);
      setFocus({ actorId: id, steps: 1 });
    },
    [goTo],
  );
}
