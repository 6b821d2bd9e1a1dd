// Which actors' names give way on the canvas, and the names' size in map units: session state, from the label policy.
import { create } from 'zustand';

export interface NameState {
  /** Font size of names in map units (CSS px at zoom 1). */
  fontPx: number;
  /** Actors whose names are hidden because a higher-priority name is in the way. */
  hidden: ReadonlySet<string>;
  /** Ties whose type label (when shown) gives way to a name, another label or an actor. */
  hiddenTieLabels: ReadonlySet<string>;
}

/** Tie labels are set this much smaller than names. */
export const TIE_LABEL_SCALE = 0.8;

export const useNameStore = create<NameState>()(() => ({
  fontPx: 15,
  hidden: new Set<string>(),
  hiddenTieLabels: new Set<string>(),
}));

export const useNameHidden = (id: string): boolean => useNameStore((s) => s.hidden.has(id));
export const useTieLabelHidden = (id: string): boolean => useNameStore((s) => s.hiddenTieLabels.has(id));
