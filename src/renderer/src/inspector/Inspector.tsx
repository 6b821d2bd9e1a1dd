// The details panel on the right: edits whatever is selected on the map (one actor, several, one tie, several).
import type { KeyboardEvent } from 'react';
import { useSelectedActorIds, useSelectedTieIds } from '../state/selected-ids';
import { toggleInspector } from '../state/session-store';
import { ActorInspector } from './ActorInspector';
import { InspectorEmpty } from './InspectorEmpty';
import { ManyActorsInspector } from './ManyActorsInspector';
import { ManyTiesInspector } from './ManyTiesInspector';
import { TieInspector } from './TieInspector';
import { CollapseButton } from '../room/CollapseButton';
import { PanelRail } from '../room/PanelRail';
import { useCollapsed } from '../room/panel-collapse';

/** Delete and Backspace on a chip or a drop-down here must not delete the selected actor (a window shortcut). */
function keepKeysHere(event: KeyboardEvent): void {
  if (event.key === 'Delete' || event.key === 'Backspace' || event.key === 'F2') event.stopPropagation();
}

function InspectorBody() {
  const actorIds = useSelectedActorIds();
  const tieIds = useSelectedTieIds();
  if (tieIds.length === 0 && actorIds.length === 1) return <ActorInspector key={actorIds[0]} id={actorIds[0]!} />;
  if (tieIds.length === 0 && actorIds.length > 1) return <ManyActorsInspector ids={actorIds} />;
  if (actorIds.length === 0 && tieIds.length === 1) return <TieInspector key={tieIds[0]} id={tieIds[0]!} />;
  if (actorIds.length === 0 && tieIds.length > 1) return <ManyTiesInspector ids={tieIds} />;
  return <InspectorEmpty actors={actorIds.length} ties={tieIds.length} />;
}

export function Inspector() {
  const collapsed = useCollapsed('details');
  if (collapsed) return <PanelRail panel="details" side="right" />;
  return (
    <aside className="inspector" aria-labelledby="inspector-title" onKeyDown={keepKeysHere}>
      <div className="inspector__head">
        <h2 id="inspector-title" className="panel__title">
          Details
        </h2>
        <span className="panel-head__spacer" />
        <CollapseButton panel="details" side="right" />
        <button
          type="button"
          className="icon-button"
          aria-label="Hide the details panel"
          title="Hide the details panel"
          onClick={toggleInspector}
        >
          ×
        </button>
      </div>
      <div className="inspector__body">
        <InspectorBody />
      </div>
    </aside>
  );
}
