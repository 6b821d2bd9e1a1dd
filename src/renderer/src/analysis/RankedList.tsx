// One ranked list of actors in the Analysis panel; each entry is a button that shows the actor on the map.
import type { ActorId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import type { RankedActor } from '../state/panel-model';

interface Props {
  title: string;
  /** One sentence saying what the list means. */
  help: string;
  empty: string;
  entries: RankedActor[];
  onShow: (id: ActorId) => void;
}

function Entry({ entry, onShow }: { entry: RankedActor; onShow: (id: ActorId) => void }) {
  const name = useDocumentStore((s) => s.actors.get(entry.actorId)?.name);
  if (name === undefined) return null;
  return (
    <li className="ranked__item">
      <button type="button" className="ranked__button" onClick={() => onShow(entry.actorId)}>
        {name || 'Unnamed actor'}
      </button>
      {entry.detail && <span className="ranked__detail">{entry.detail}</span>}
    </li>
  );
}

export function RankedList({ title, help, empty, entries, onShow }: Props) {
  const id = `analysis-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="analysis-section" aria-labelledby={id}>
      <h3 id={id} className="analysis-section__title">
        {title}
      </h3>
      <p className="analysis-section__help">{help}</p>
      {entries.length === 0 ? (
        <p className="analysis-section__empty">{empty}</p>
      ) : (
        <ol className="ranked" aria-labelledby={id}>
          {entries.map((e) => (
            <Entry key={e.actorId} entry={e} onShow={onShow} />
          ))}
        </ol>
      )}
    </section>
  );
}
