// A bar chart of actors by kind, in the kinds' colours, with each count and share also written as text.
import type { KindCount } from '../state/panel-model';
import { percent } from './words';

const BAR_HEIGHT = 22;

export function KindBars({ kinds }: { kinds: KindCount[] }) {
  const most = Math.max(1, ...kinds.map((k) => k.count));
  return (
    <section className="analysis-section" aria-labelledby="analysis-kinds">
      <h3 id="analysis-kinds" className="analysis-section__title">
        Actors by kind
      </h3>
      <ul className="kind-bars">
        {kinds.map((k) => (
          <li
            key={k.kindId ?? 'none'}
            className="kind-bars__row"
            aria-label={`${k.name}: ${k.count}, ${percent(k.share)}`}
          >
            <span className="kind-bars__name">{k.name}</span>
            <svg
              className="kind-bars__bar"
              viewBox={`0 0 100 ${BAR_HEIGHT}`}
              preserveAspectRatio="none"
              height={BAR_HEIGHT}
              aria-hidden="true"
            >
              <rect x="0" y="0" width={(100 * k.count) / most} height={BAR_HEIGHT} rx="3" fill={k.colour} />
            </svg>
            <span className="kind-bars__figure">
              {k.count} <span className="kind-bars__share">({percent(k.share)})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
