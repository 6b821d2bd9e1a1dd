// The search box over the map: whether it is open and what is typed. Session state, never sent to the server.
import { create } from 'zustand';

export interface SearchState {
  open: boolean;
  query: string;
}

export const useSearchStore = create<SearchState>()(() => ({ open: false, query: '' }));

export const openSearch = () => useSearchStore.setState({ open: true });
export const closeSearch = () => useSearchStore.setState({ open: false, query: '' });
export const setSearchQuery = (query: string) => useSearchStore.setState({ query });
