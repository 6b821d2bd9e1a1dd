// The kind mixing matrix as a heatmap table: ties between each pair of kinds, against what chance would give.
import type { MixingMatrix } from '../state/panel-model';
import {
  MIXING_CAPTION,
  mixingCellColour as cellColour,
  mixingCellWords as cellWords,
} from '../../../shared/analysis/chart-data';

export function MixingHeatmap({ mixing }: { mixing: MixingMatrix }) {
  const { kinds, observed, expected } = mixing;
  if (kinds.length < 2) return null;
  return (
    <section className="analysis-section" aria-labelledby="analysis-mixing">
      <h3 id="analysis-mixing" className="analysis-section__title">
        Who is tied to whom
      </h3>
      <table className="mixing">
        <caption className="mixing__caption">{MIXING_CAPTION}</caption>
        <thead>
          <tr>
            <td />
            {kinds.map((k, i) => (
              <th key={k.kindId ?? 'none'} scope="col" className="mixing__col" title={k.name}>
                <span className="mixing__swatch" style={{ background: k.colour }} aria-hidden="true" />
                <span aria-hidden="true">{i + 1}</span>
                <span className="visually-hidden">{k.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((row, i) => (
            <tr key={row.kindId ?? 'none'}>
              <th scope="row" className="mixing__row">
                <span className="mixing__swatch" style={{ background: row.colour }} aria-hidden="true" />
                <span aria-hidden="true">{i + 1}. </span>
                {row.name}
              </th>
              {kinds.map((col, j) => {
                const o = observed[i]?.[j] ?? 0;
                const e = expected[i]?.[j] ?? 0;
                return (
                  <td
                    key={col.kindId ?? 'none'}
                    className="mixing__cell"
                    style={{ background: cellColour(o, e) }}
                    title={cellWords(o, e)}
                  >
                    <span className="mixing__observed">{o}</span>
                    <span className="mixing__expected">{e.toFixed(1)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
