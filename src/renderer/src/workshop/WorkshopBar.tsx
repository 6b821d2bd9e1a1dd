// Workshop mode's slim top bar: the map's name, how to leave (said on screen), and the button that does it.
import { useDocumentStore } from '../state/document-store';
import { leaveWorkshop } from './workshop-store';

export function WorkshopBar() {
  const name = useDocumentStore((s) => s.info?.name ?? '');
  return (
    <header className="workshop-bar">
      <h1 className="workshop-bar__map">{name}</h1>
      <p className="workshop-bar__hint">Workshop mode · press F5 or Esc to leave</p>
      <button type="button" className="button workshop-bar__leave" onClick={leaveWorkshop}>
        Leave workshop mode
      </button>
    </header>
  );
}
