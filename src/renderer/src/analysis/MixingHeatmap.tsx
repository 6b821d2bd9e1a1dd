// The kind mixing matrix as a heatmap table: ties between each pair of kinds, against what chance would give.
import type { MixingMatrix } from './panel-model';

/** Red where there are far fewer ties than expected, blue where there are more; white where they match. */
function cellColour(observed: number, expected: number): string {
  if (expected <= 0 && observed <= 0) return '#ffffff';
  const ratio = (observed + 0.5) / (expected + 0.5);
  const strength = Math.min(1, Math.abs(Math.log2(ratio)) / 2);
  const [r, g, b] = ratio < 1 ? [214, 96, 77] : [67, 147, 195];
  const mix = (c: number) => Math.round(255 + (c - 255) * strength * 0.8);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

function cellWords(observed: number, expected: number): string {
  const exp = expected.toFixed(1);
  if (observed < expected * 0.5) return `${observed} ties, about ${exp} expected: far fewer`;
  if (observed > expected * 1.5) return `${observed} ties, about ${exp} expected: more`;
  return `${observed} ties, about ${exp} expected`;
}

export function MixingHeatmap({ mixing }: { mixing: MixingMatrix }) {
  const { kinds, observed, expected } = mixing;
  if (kinds.length < 2) return null;
  return (
    <section className="analysis-section" aria-labelledby="analysis-mixing">
      <h3 id="analysis-mixing" className="analysis-section__title">Who is tied to whom</h3>
      <table className="mixing">
        <caption className="mixing__caption">
          Ties between each pair of kinds (columns numbered as the rows). The small figure is what we would expect if ties ignored kind; red
          cells have far fewer ties than that (a gap), blue cells more.
        </caption>
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
                  <td key={col.kindId ?? 'none'} className="mixing__cell" style={{ background: cellColour(o, e) }} title={cellWords(o, e)}>
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
