// Which actors' names give way on the canvas, and the names' size in map units: session state, from the label policy.
import { create } from 'zustand';

export interface NameState {
  /** Font size of names in map units (CSS px at zoom 1). */
  fontPx: number;
  /** Actors whose names are hidden because a higher-priority name is in the way. */
  hidden: ReadonlySet<string>;
}

export const useNameStore = create<NameState>()(() => ({ fontPx: 15, hidden: new Set<string>() }));

export const useNameHidden = (id: string): boolean => useNameStore((s) => s.hidden.has(id));
