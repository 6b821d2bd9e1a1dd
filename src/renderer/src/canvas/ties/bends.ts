// Each tie's bend on the canvas (shared/render/tie-bends.ts), worked out once per change of the map's ties.
import type { CanvasTie } from '../../../../shared/canvas-records';
import type { TieId } from '../../../../shared/domain';
import { tieBends } from '../../../../shared/render/tie-bends';
import { useDocumentStore } from '../../state/document-store';

let last: { ties: ReadonlyMap<TieId, CanvasTie> | null; bends: Map<string, number> } = { ties: null, bends: new Map() };

export function bendsOf(ties: ReadonlyMap<TieId, CanvasTie>): ReadonlyMap<string, number> {
  if (last.ties !== ties) last = { ties, bends: tieBends(ties.values()) };
  return last.bends;
}

export const useTieBend = (id: string): number => useDocumentStore((s) => bendsOf(s.ties).get(id) ?? 0);
