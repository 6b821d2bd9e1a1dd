// While comparing: the counts by kind before and after, and every added, removed or changed actor and tie as a
// list; clicking an actor shows it on the map.
import type { ActorChange, KindCount, MapDiff, TieChange } from '../../../shared/history';
import { useGoToActor } from '../view/go-to-actor';
import { CHANGE_WORD } from './change-style';

function KindTable({ counts, totals }: { counts: KindCount[]; totals: MapDiff['totals'] }) {
  return (
    <table className="history-kinds">
      <caption className="history-kinds__caption">Actors by kind</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((k) => (
          <tr key={k.kindId}>
            <th scope="row">
              <span className="history-kinds__swatch" style={{ background: k.colour }} aria-hidden="true" />
              {k.name}
            </th>
            <td>{k.before}</td>
            <td>
              {k.after}
              {k.after !== k.before && (
                <span className="history-kinds__delta">
                  {' '}
                  ({k.after > k.before ? '+' : ''}
                  {k.after - k.before})
                </span>
              )}
            </td>
          </tr>
        ))}
        <tr className="history-kinds__total">
          <th scope="row">All actors</th>
          <td>{totals.actorsBefore}</td>
          <td>{totals.actorsAfter}</td>
        </tr>
        <tr className="history-kinds__total">
          <th scope="row">Ties</th>
          <td>{totals.tiesBefore}</td>
          <td>{totals.tiesAfter}</td>
        </tr>
      </tbody>
    </table>
  );
}

function actorDetail(change: ActorChange): string {
  if (change.change !== 'changed') return CHANGE_WORD[change.change];
  const renamed = change.previousName !== undefined ? `was “${change.previousName}”; ` : '';
  return `${renamed}changed: ${change.fields.join(', ')}`;
}

function tieWords(change: TieChange): string {
  const type = change.tieTypeName ? ` (${change.tieTypeName})` : '';
  return `${change.fromName} → ${change.toName}${type}`;
}

export function ChangesList({ diff }: { diff: MapDiff }) {
  const goTo = useGoToActor();
  return (
    <div className="history-changes">
      <KindTable counts={diff.kindCounts} totals={diff.totals} />
      <h3 className="history-section__title">Actors ({diff.actors.length})</h3>
      {diff.actors.length === 0 ? (
        <p className="history-section__empty">
          No actor was added, removed or changed{diff.moved.length > 0 ? `; ${diff.moved.length} only moved` : ''}.
        </p>
      ) : (
        <ul className="history-changes__list" aria-label="Actors added, removed or changed">
          {diff.actors.map((change) => (
            <li key={change.id} className={`history-change history-change--${change.change}`}>
              <span className="history-change__mark">{CHANGE_WORD[change.change]}</span>
              <button type="button" className="history-change__name" onClick={() => goTo(change.id)}>
                {change.name || 'Unnamed actor'}
              </button>
              {change.change === 'changed' && <span className="history-change__detail">{actorDetail(change)}</span>}
            </li>
          ))}
        </ul>
      )}
      {diff.actors.length > 0 && diff.moved.length > 0 && (
        <p className="history-section__empty">
          {diff.moved.length} more only moved on the map (not counted as changed).
        </p>
      )}
      <h3 className="history-section__title">Ties ({diff.ties.length})</h3>
      {diff.ties.length === 0 ? (
        <p className="history-section__empty">No tie was added, removed or changed.</p>
      ) : (
        <ul className="history-changes__list" aria-label="Ties added, removed or changed">
          {diff.ties.map((change) => (
            <li key={change.id} className={`history-change history-change--${change.change}`}>
              <span className="history-change__mark">{CHANGE_WORD[change.change]}</span>
              <span>{tieWords(change)}</span>
              {change.change === 'changed' && (
                <span className="history-change__detail">changed: {change.fields.join(', ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
