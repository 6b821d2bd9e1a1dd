// What the canvas and the table show: the filter, hide-or-dim, and focus. Session state, never sent to the server.
import { create } from 'zustand';
import type { ActorId } from '../../../shared/domain';
import { EMPTY_FILTER, type MapFilter } from '../../../shared/filter';

export type FilteredOutStyle = 'hide' | 'dim';

export interface Focus {
  actorId: ActorId;
  steps: 1 | 2;
}

export interface ViewState {
  filter: MapFilter;
  /** Filtered-out actors and ties are hidden, or drawn faintly. */
  filteredOut: FilteredOutStyle;
  /** With an actor in focus, its neighbourhood is drawn in full and the rest dimmed. */
  focus: Focus | null;
  /** Which of canvas and table are shown beside each other. */
  tableOpen: boolean;
}

export const useViewStore = create<ViewState>()(() => ({
  filter: EMPTY_FILTER,
  filteredOut: 'dim',
  focus: null,
  tableOpen: false,
}));

export const setFilter = (filter: MapFilter) => useViewStore.setState({ filter });
export const clearFilter = () => useViewStore.setState({ filter: EMPTY_FILTER });
export const setFilteredOut = (filteredOut: FilteredOutStyle) => useViewStore.setState({ filteredOut });
export const setFocus = (focus: Focus | null) => useViewStore.setState({ focus });
export const toggleTable = () => useViewStore.setState((s) => ({ tableOpen: !s.tableOpen }));
