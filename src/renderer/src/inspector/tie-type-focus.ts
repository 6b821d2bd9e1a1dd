// A one-off request from the map to the details panel: focus the type of the tie just drawn.
import { useState } from 'react';
import { create } from 'zustand';
import type { TieId } from '../../../shared/domain';

const useRequest = create<{ tieId: TieId | null }>()(() => ({ tieId: null }));

export function requestTieTypeFocus(tieId: TieId): void {
  useRequest.setState({ tieId });
}

export function clearTieTypeFocus(): void {
  useRequest.setState({ tieId: null });
}

/** Whether this tie's panel was asked to focus its type when it first showed (kept for the panel's life). */
export function useTieTypeFocus(tieId: TieId): [boolean] {
  const asked = useRequest((s) => s.tieId === tieId);
  const [atMount] = useState(asked);
  return [atMount];
}
