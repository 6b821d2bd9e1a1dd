// Who joined: name, role (the facilitator can change it), how much they added, connected or away, and Remove.
import { JOINED_ROLES, type JoinedRole, type RoomParticipant } from '../../../shared/room';
import { removeParticipant, setRole, useShareStore } from './share-store';
import { addedWords, presenceWords } from './share-words';

const ROLE_WORDS: Record<JoinedRole, string> = {
  'co-facilitator': 'Co-facilitator (full editing)',
  contributor: 'Contributor',
  viewer: 'Viewer (watches only)',
};

export function ParticipantList({ participants }: { participants: RoomParticipant[] }) {
  const busy = useShareStore((s) => s.busy);
  return (
    <div className="participants">
      <h3 id="participants-title">
        Who joined <span className="participants__count">({participants.length})</span>
      </h3>
      {participants.length === 0 ? (
        <p className="invite-panel__hint">No one yet. People who join appear here.</p>
      ) : (
        <ul className="participants__list" aria-labelledby="participants-title">
          {participants.map((person) => (
            <li key={person.id} className="participant" data-participant={person.name}>
              <span
                className={person.connected ? 'participant__dot participant__dot--on' : 'participant__dot'}
                aria-hidden="true"
              />
              <span className="participant__name">{person.name}</span>
              <span className="participant__meta">
                {presenceWords(person)} · {addedWords(person.added)}
              </span>
              <select
                className="invite-select participant__role"
                aria-label={`Role of ${person.name}`}
                value={person.role}
                disabled={busy}
                onChange={(event) => void setRole(person.id, event.target.value as JoinedRole)}
              >
                {JOINED_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_WORDS[role]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--ghost participant__remove"
                aria-label={`Remove ${person.name}`}
                disabled={busy}
                onClick={() => void removeParticipant(person.id, person.name)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
