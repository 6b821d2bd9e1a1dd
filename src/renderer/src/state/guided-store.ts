// Session state for a guided mapping session: whether one is running, its name (the provenance of everything added
// while it runs), the current step, the prompts as this map keeps them, and what it has added. Never sent as such.
import { create } from 'zustand';
import type { Request } from '../../../shared/api';
import type { ActorId, TieId, TieTypeId } from '../../../shared/domain';
import { useDocumentStore } from './document-store';
import { requestFitView, useSessionStore } from './session-store';
import { giveBackFullscreen, takeFullscreen } from './fullscreen';

export interface GuidedState {
  /** The "start a session" screen (naming it) or the session itself is showing. */
  open: boolean;
  /** Empty until the facilitator starts the session by naming it. */
  sessionName: string;
  stepIndex: number;
  prompts: Record<string, string>;
  /** The tie type the current step asks about: ties drawn on the map while it shows get that type. */
  tieTypeId: TieTypeId | null;
  addedActors: ActorId[];
  addedTies: TieId[];
  /** The map the session belongs to: opening another map ends it. */
  mapPath: string | null;
}

const CLOSED: GuidedState = {
  open: false,
  sessionName: '',
  stepIndex: 0,
  prompts: {},
  tieTypeId: null,
  addedActors: [],
  addedTies: [],
  mapPath: null,
};

export const useGuidedStore = create<GuidedState>()(() => CLOSED);

/** The side panels as they were before the session gave the map and the prompt the whole width. */
let panelsBefore: { toolsOpen: boolean; inspectorOpen: boolean } | null = null;

/** Like workshop mode: full screen for the projector, and the whole map fitted into the room the panels left. */
export function makeRoomForSession(): void {
  const { toolsOpen, inspectorOpen } = useSessionStore.getState();
  panelsBefore = { toolsOpen, inspectorOpen };
  useSessionStore.setState({ toolsOpen: false, inspectorOpen: false });
  takeFullscreen('guided');
  requestFitView();
}

export function closeGuidedSession(): void {
  const wasOpen = useGuidedStore.getState().open;
  useGuidedStore.setState(CLOSED);
  if (panelsBefore) useSessionStore.setState(panelsBefore);
  panelsBefore = null;
  giveBackFullscreen('guided');
  if (wasOpen) requestFitView();
}

type Provenance = NonNullable<Request<'actors.create'>['provenance']>;

function sessionProvenance(): Provenance | null {
  const { sessionName } = useGuidedStore.getState();
  return sessionName ? { source: 'workshop', label: sessionName } : null;
}

/** What a new actor gets while a session runs, wherever it is added (the session, the palette, the quick-add). */
export function newActorExtras(): { provenance?: Provenance } {
  const provenance = sessionProvenance();
  return provenance ? { provenance } : {};
}

/** What a new tie gets while a session runs: its provenance and, during a tie-type step, that type. */
export function newTieExtras(): { provenance?: Provenance; tieTypeId?: TieTypeId } {
  const provenance = sessionProvenance();
  if (!provenance) return {};
  const { tieTypeId } = useGuidedStore.getState();
  return tieTypeId ? { provenance, tieTypeId } : { provenance };
}

/** Remembers what the session added, for its lists and its closing summary. */
export function noteAdded(actors: readonly ActorId[], ties: readonly TieId[]): void {
  if (!useGuidedStore.getState().sessionName) return;
  useGuidedStore.setState((s) => ({
    addedActors: [...s.addedActors, ...actors],
    addedTies: [...s.addedTies, ...ties],
  }));
}

// A session belongs to one map: opening another ends it, so its name is never recorded on the other map's records.
useDocumentStore.subscribe((s) => {
  const { open, mapPath } = useGuidedStore.getState();
  if (open && s.info?.path !== mapPath) closeGuidedSession();
});
