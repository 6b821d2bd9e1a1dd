// Over the top of the map while it shows the past: what is shown, that it cannot be changed, the way back to now,
// and (comparing) a small legend of the marks with their counts.
import { Panel } from '@xyflow/react';
import { countChanges, type ChangeKind } from '../../../shared/history';
import { CHANGE_COLOUR, CHANGE_WORD } from './change-style';
import { backToNow } from './history-actions';
import { useHistoryStore } from '../state/history-store';

const ORDER: ChangeKind[] = ['added', 'removed', 'changed'];

function CompareLegend({ counts }: { counts: Record<ChangeKind, number> }) {
  return (
    <ul className="history-banner__legend" aria-label="What the marks mean">
      {ORDER.map((mark) => (
        <li key={mark} className="history-banner__key">
          <svg width="22" height="22" aria-hidden="true">
            <circle
              cx="11"
              cy="11"
              r="8"
              fill="none"
              stroke={CHANGE_COLOUR[mark]}
              strokeWidth="3.5"
              strokeDasharray={mark === 'removed' ? '4 3' : undefined}
            />
          </svg>
          {CHANGE_WORD[mark]} <strong>{counts[mark]}</strong>
        </li>
      ))}
    </ul>
  );
}

export function HistoryBanner() {
  const view = useHistoryStore((s) => s.view);
  if (!view) return null;
  const title =
    view.mode === 'snapshot'
      ? `Viewing snapshot “${view.name}” — read-only`
      : `Comparing “${view.beforeName}” with ${view.afterName === 'now' ? 'now' : `“${view.afterName}”`} — read-only`;
  return (
    <Panel
      position="top-center"
      className="history-banner nowheel nopan nodrag"
      role="region"
      aria-label="Showing the past"
    >
      <div className="history-banner__row">
        <strong className="history-banner__title">{title}</strong>
        <button type="button" className="button button--primary button--small" onClick={() => void backToNow()}>
          Back to now
        </button>
      </div>
      {view.mode === 'compare' && <CompareLegend counts={countChanges(view.diff.actors)} />}
    </Panel>
  );
}
