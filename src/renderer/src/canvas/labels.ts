// Names are hidden below LABEL_ZOOM, where a 15px label is under 7px on screen and only smears over the ties.
import { useStore, type ReactFlowState } from '@xyflow/react';

export const LABEL_ZOOM = 0.45;
const labelsUnreadable = (s: ReactFlowState) => s.transform[2] < LABEL_ZOOM;

export function useLabelsHidden(): boolean {
  return useStore(labelsUnreadable);
}
