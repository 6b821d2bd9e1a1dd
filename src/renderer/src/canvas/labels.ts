// Names are hidden when zoomed out so far that they only smear over the ties: below LABEL_ZOOM on big maps, and
// only below SMALL_MAP_LABEL_ZOOM on workshop-sized maps, where a name is what people look for. Above that the
// labelling policy keeps every name at least 11 px on screen and lets the less important give way, so a whole
// workshop map fitted on a laptop still shows its most connected actors' names rather than none.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';
import { LOD_MIN_ACTORS } from './lod';

export const LABEL_ZOOM = 0.45;
export const SMALL_MAP_LABEL_ZOOM = 0.1;
const belowLabelZoom = (s: ReactFlowState) => s.transform[2] < LABEL_ZOOM;
const belowSmallMapLabelZoom = (s: ReactFlowState) => s.transform[2] < SMALL_MAP_LABEL_ZOOM;

export function useLabelsHidden(): boolean {
  const big = useDocumentStore((s) => s.actors.size >= LOD_MIN_ACTORS);
  const farForBig = useStore(belowLabelZoom);
  const farForSmall = useStore(belowSmallMapLabelZoom);
  return big ? farForBig : farForSmall;
}
