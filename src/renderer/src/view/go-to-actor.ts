// Lands on an actor found by search: centres it at a readable zoom and makes it the only selection.
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { ActorId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { selectOnly } from '../state/flow-store';
import { announce } from '../state/session-store';
import { focusActor } from '../canvas/focus-actor';

/** Names read comfortably from here up (see canvas/labels.ts). */
const LANDING_ZOOM = 1;

export function useGoToActor(): (id: ActorId) => void {
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (id: ActorId) => {
      const actor = useDocumentStore.getState().actors.get(id);
      if (!actor) return;
      selectOnly([id]);
      void setCenter(actor.x, actor.y, { zoom: Math.max(getZoom(), LANDING_ZOOM), duration: 250 });
      announce(`Found ${actor.name || 'an unnamed actor'}.`);
      // Keyboard work carries on from the actor found (Tab to its neighbours, F2, the Menu key), not from the search box.
      focusActor(id);
    },
    [setCenter, getZoom],
  );
}
