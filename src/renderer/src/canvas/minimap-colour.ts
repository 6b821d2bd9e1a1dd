// The minimap paints each actor in its kind's colour.
import type { Node } from '@xyflow/react';
import type { KindId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';

export function miniMapColour(node: Node): string {
  const kindId = (node.data as { kindId?: KindId }).kindId;
  return (kindId && useDocumentStore.getState().kindsById.get(kindId)?.colour) || '#8a94a3';
}
