// The Analysis panel's summary cards: actors, ties, how closely linked, separate groups, isolated actors.
import type { PanelModel } from '../state/panel-model';
import { densityWords, groupsWords, plural } from './words';

function Card({ figure, label, note }: { figure: string; label: string; note?: string }) {
  return (
    <li className="analysis-card">
      <span className="analysis-card__figure">{figure}</span>
      <span className="analysis-card__label">{label}</span>
      {note && <span className="analysis-card__note">{note}</span>}
    </li>
  );
}

export function SummaryCards({ model }: { model: PanelModel }) {
  return (
    <ul className="analysis-cards" aria-label="Summary">
      <Card figure={model.actors.toLocaleString()} label={model.actors === 1 ? 'actor' : 'actors'} />
      <Card figure={model.ties.toLocaleString()} label={model.ties === 1 ? 'tie' : 'ties'} />
      <Card
        figure={model.groups.toLocaleString()}
        label={model.groups === 1 ? 'group' : 'separate groups'}
        note={groupsWords(model.groups, model.largestGroup, model.actors)}
      />
      <Card
        figure={model.isolated.length.toLocaleString()}
        label={model.isolated.length === 1 ? 'isolated actor' : 'isolated actors'}
        note={
          model.isolated.length
            ? `${plural(model.isolated.length, 'actor')} with no ties at all.`
            : 'Every actor has at least one tie.'
        }
      />
      <li className="analysis-card analysis-card--wide">
        <span className="analysis-card__label">How closely linked</span>
        <span className="analysis-card__note">{densityWords(model.density, model.actors)}</span>
      </li>
    </ul>
  );
}
