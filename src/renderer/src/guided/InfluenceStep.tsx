// "How much influence does each one have?": 0 to 5 beside each actor, kept in the map's Influence number field; the
// map sizes actors by it while the step shows (Size & colour), like the Net-Map's influence towers.
import { INFLUENCE_MAX } from '../../../shared/guided/steps';
import { setInfluence, useInfluenceFieldId } from './guided-actions';
import { ActorRows } from './ActorRows';

const SCORES = Array.from({ length: INFLUENCE_MAX + 1 }, (_, i) => i);

export function InfluenceStep() {
  const fieldId = useInfluenceFieldId();
  if (!fieldId) return <p className="guided__hint">Setting up the Influence field…</p>;
  return (
    <ActorRows label="Influence of each actor">
      {(actor) => {
        const value = actor.customValues[fieldId];
        return (
          <div className="guided__choices" role="group" aria-label={`Influence of ${actor.name}`}>
            {SCORES.map((score) => (
              <button
                key={score}
                type="button"
                className="guided__choice guided__score"
                aria-pressed={value === score}
                onClick={() => void setInfluence(actor.id, fieldId, score)}
              >
                {score}
              </button>
            ))}
          </div>
        );
      }}
    </ActorRows>
  );
}
