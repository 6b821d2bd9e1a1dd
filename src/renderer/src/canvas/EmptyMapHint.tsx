// On a map with no actors yet: one friendly line on how to start, where the map will be.
import { Panel } from '@xyflow/react';
import { useDocumentStore } from '../state/document-store';

export function EmptyMapHint() {
  const empty = useDocumentStore((s) => s.actors.size === 0);
  if (!empty) return null;
  return (
    <Panel position="top-center" className="empty-map-hint">
      <p>
        <strong>This map is empty.</strong> Drag a kind of actor from the left onto the map, or type a name under “Quick add”.
      </p>
    </Panel>
  );
}
