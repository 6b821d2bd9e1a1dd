// Moves any number of actors as one undo step (the end of a drag of a selection).
import type { Input } from '../../shared/api';
import type { ActorId, EditResult } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { actorsLabel } from './labels';
import { requireActors } from './lookups';
import { runEdit } from './run-edit';

export function moveActors(store: MapStore, input: Input<'actors.move'>): EditResult {
  return runEdit(store, () => {
    // If an id comes twice, the last position given is where it ends up.
    const targets = new Map<ActorId, { x: number; y: number }>(input.moves.map((m) => [m.id, { x: m.x, y: m.y }]));
    const actors = requireActors(store, [...targets.keys()]);
    const moved = actors.map((a) => ({ ...a, ...targets.get(a.id)! }));
    // Actors already at their target are left out of the label as well as the patch.
    const changed = moved.filter((m, i) => m.x !== actors[i]!.x || m.y !== actors[i]!.y);
    const label = actorsLabel(
      'Move',
      changed.map((a) => a.name),
    );
    // Arrow-key nudges of the same actors in one burst are one step (held keys repeat). The burst is timed where the
    // keys are pressed, in the window, so a slow round trip never splits it.
    const key = input.nudge ? `nudge:${input.nudge}:${[...targets.keys()].sort().join(',')}` : undefined;
    return {
      label,
      ...(key ? { mergeKey: key, join: { key } } : {}),
      patch: { before: recordSet({ actors }), after: recordSet({ actors: moved }) },
    };
  });
}
