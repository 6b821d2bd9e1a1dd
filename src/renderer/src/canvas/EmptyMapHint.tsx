// On a map with no actors yet: one friendly line on how to start, in the middle of the map, where nothing else is
// (at the top it covered the map's toolbar at 1280 px).
import { useDocumentStore } from '../state/document-store';

export function EmptyMapHint() {
  const empty = useDocumentStore((s) => s.actors.size === 0);
  if (!empty) return null;
  return (
    <div className="empty-map-hint" role="note">
      <p>
        <strong>This map is empty.</strong> Drag a kind of actor from the left onto the map, or type a name under “Quick
        add”.
      </p>
    </div>
  );
}
