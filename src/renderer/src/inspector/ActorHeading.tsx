// The inspector's title for one actor: its kind's mark, its name and its kind, so it is clear what is being edited.
import type { CanvasActor } from '../../../shared/canvas-records';
import type { Kind } from '../../../shared/domain';
import { ActorShape } from '../canvas/ActorShape';

export function ActorHeading({ actor, kind }: { actor: Pick<CanvasActor, 'name'>; kind: Kind | undefined }) {
  return (
    <div className="inspector__heading">
      <ActorShape shape={kind?.shape ?? 'circle'} colour={kind?.colour ?? '#8a94a3'} size={34} />
      <div>
        <p className="inspector__name">{actor.name || 'Unnamed actor'}</p>
        <p className="inspector__kind">{kind?.name ?? 'No kind'}</p>
      </div>
    </div>
  );
}
