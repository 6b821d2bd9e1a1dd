// "Who is in the network?" for one kind: type a name, press Enter, and the actor appears on the map; the names
// added in this step so far are listed.
import { useState, type FormEvent } from 'react';
import type { KindId } from '../../../shared/domain';
import { freeSpotNear } from '../canvas/free-spot';
import { useViewCentre } from '../canvas/use-view-centre';
import { useDocumentStore } from '../state/document-store';
import { createActor } from '../state/edits';
import { useGuidedStore } from '../state/guided-store';
import { inBackground } from '../state/in-background';

export function ActorsStep({ kindId }: { kindId: KindId }) {
  const [name, setName] = useState('');
  const viewCentre = useViewCentre();
  const kind = useDocumentStore((s) => s.kindsById.get(kindId));
  const added = useGuidedStore((s) => s.addedActors);
  const actors = useDocumentStore((s) => s.actors);
  const here = added.map((id) => actors.get(id)).filter((a) => a?.kindId === kindId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setName('');
    await createActor(kindId, freeSpotNear(viewCentre()), trimmed, false);
  };
  return (
    <div className="guided__body">
      <form className="guided__form" onSubmit={inBackground(submit)}>
        <label className="field guided__field">
          <span className="field__label">Name ({kind?.name ?? 'actor'})</span>
          <input
            value={name}
            maxLength={200}
            autoFocus
            placeholder="Type a name, then press Enter"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          Add
        </button>
      </form>
      {here.length > 0 && (
        <ul className="guided__chips" aria-label="Added in this step">
          {here.map((a) => (
            <li key={a!.id} className="guided__chip">
              {a!.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
