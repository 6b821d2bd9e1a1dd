// The legend: every kind with its colour, shape and how many actors of it are on the map, then the tie types in use;
// it follows the map's lists as they are edited. Toggled from the header.
import { Panel } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore, type DocumentState } from '../state/document-store';
import { toggleLegend, useSessionStore } from '../state/session-store';
import type { ChangeKind } from '../../../shared/history';
import { countGhosts, useHistoryStore } from '../state/history-store';
import { ActorShape } from './ActorShape';
import { LegendTieTypes } from './LegendTieTypes';

/** Ghosts of removed actors, drawn while comparing, are not counted: they are in neither map. */
function countsByKind(s: DocumentState, marks: ReadonlyMap<string, ChangeKind>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const actor of s.actors.values()) {
    if (marks.get(actor.id) !== 'removed') counts[actor.kindId] = (counts[actor.kindId] ?? 0) + 1;
  }
  return counts;
}

function LegendBody() {
  const kinds = useDocumentStore((s) => s.kinds);
  const marks = useHistoryStore((s) => s.marks);
  const counts = useDocumentStore(useShallow((s) => countsByKind(s, marks)));
  const ties = useDocumentStore((s) => s.ties.size - countGhosts(marks, s.ties.keys()));
  return (
    <Panel position="bottom-center" className="legend" aria-labelledby="legend-title">
      <div className="legend__head">
        <h2 id="legend-title" className="panel__title">
          Legend
        </h2>
        <p className="legend__ties">
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="26" y2="5" stroke="#5b6675" strokeWidth="2.5" />
            <polygon points="24,0.5 33,5 24,9.5" fill="#5b6675" />
          </svg>
          {ties} {ties === 1 ? 'tie' : 'ties'}, arrows show direction
        </p>
        <button
          type="button"
          className="icon-button"
          aria-label="Hide the legend"
          title="Hide the legend"
          onClick={toggleLegend}
        >
          ×
        </button>
      </div>
      <ul className="legend__list" aria-label="Kinds of actor">
        {kinds.map((kind) => (
          <li key={kind.id} className="legend__row">
            <ActorShape shape={kind.shape} colour={kind.colour} size={20} />
            <span className="legend__name">{kind.name}</span>
            <span className="legend__count" aria-label={`${counts[kind.id] ?? 0} actors`}>
              {counts[kind.id] ?? 0}
            </span>
          </li>
        ))}
      </ul>
      <LegendTieTypes />
    </Panel>
  );
}

export function Legend() {
  const open = useSessionStore((s) => s.legendOpen);
  return open ? <LegendBody /> : null;
}
