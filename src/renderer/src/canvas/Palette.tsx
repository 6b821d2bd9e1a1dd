// The kinds of actor, each a button: drag it onto the map, or press Enter (or click) to add one in the middle of the view.
import type { DragEvent } from 'react';
import type { Kind } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { createActor } from '../state/edits';
import { openTaxonomyEditor } from '../taxonomy/open-taxonomy-editor';
import { ActorShape } from './ActorShape';
import { freeSpotNear } from './free-spot';
import { KIND_MIME } from './use-palette-drop';
import { useViewCentre } from './use-view-centre';

function startDrag(event: DragEvent, kind: Kind): void {
  event.dataTransfer.setData(KIND_MIME, kind.id);
  event.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  const kinds = useDocumentStore((s) => s.kinds);
  const viewCentre = useViewCentre();
  return (
    <section className="panel palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="panel__title">
        Add an actor
      </h2>
      <p className="panel__help" id="palette-help">
        Drag a kind onto the map, or press Enter on it.
      </p>
      <ul className="palette__list">
        {kinds.map((kind) => (
          <li key={kind.id}>
            <button
              type="button"
              className="palette__item"
              draggable
              aria-label={kind.name}
              aria-describedby="palette-help"
              onDragStart={(event) => startDrag(event, kind)}
              onClick={() => void createActor(kind.id, freeSpotNear(viewCentre()))}
            >
              <ActorShape shape={kind.shape} colour={kind.colour} size={26} />
              <span className="palette__name">{kind.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {/* A new kind is made in Kinds & lists, which asks whether its actors are people. */}
      <button type="button" className="link-button palette__new-kind" onClick={() => openTaxonomyEditor('kinds')}>
        New kind…
      </button>
    </section>
  );
}
