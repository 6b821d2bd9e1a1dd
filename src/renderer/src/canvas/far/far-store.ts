// Session state for the zoomed-out view of a big map: the dot under the pointer, a drag in progress, a selection box.
import { create } from 'zustand';
import type { Point } from '../../../../shared/geometry-types';

export interface FarState {
  hoverId: string | null;
  /** How far the dragged actors have moved so far, in flow units. */
  dragOffset: Point | null;
  /** A Shift+drag selection box, in flow coordinates. */
  box: { from: Point; to: Point } | null;
}

export const useFarStore = create<FarState>()(() => ({ hoverId: null, dragOffset: null, box: null }));
