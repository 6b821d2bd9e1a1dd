// Lets a kind dragged from the palette be dropped on the canvas, creating an actor at the drop point.
import { useMemo } from 'react';
import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { KindId } from '../../../shared/domain';
import { createActor } from '../state/edits';

/** The drag payload's type: only palette items carry it, so files or text dropped on the canvas are ignored. */
export const KIND_MIME = 'application/x-caremap-kind';

export function usePaletteDrop() {
  const { screenToFlowPosition } = useReactFlow();
  return useMemo(
    () => ({
      onDragOver(event: DragEvent) {
        if (!event.dataTransfer.types.includes(KIND_MIME)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDrop(event: DragEvent) {
        const kindId = event.dataTransfer.getData(KIND_MIME);
        if (!kindId) return;
        event.preventDefault();
        const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        void createActor(kindId as KindId, at);
      },
    }),
    [screenToFlowPosition],
  );
}
