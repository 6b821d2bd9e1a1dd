// The PDF report's map is legible in print: a landscape A4 page of its own with every name at 7 pt or more (read back
// from the page's Tf operators); on a big map only the most connected actors' names, and a caption saying so. The
// report also carries the Analysis panel's charts.
import { describe, expect, it } from 'vitest';
import type { Actor, ActorId, MapDocument, Tie, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { analyseMap, writeReport } from '../../../src/shared/analysis';
import { chartData } from '../../../src/shared/analysis/chart-data';
import { reportToPdf } from '../../../src/shared/analysis/report-pdf';
import { MIN_NAME_SIZE } from '../../../src/shared/analysis/report-pdf-map';
import { nodePdfFontFiles } from '../../../src/main/render/pdf-font-files';
import { demoDocument } from '../render/picture-maps';
import { readPdfRuns } from './pdf-runs';

async function reportOf(doc: MapDocument) {
  const analysis = analyseMap(doc);
  const charts = chartData(analysis, new Map(doc.kinds.map((k) => [k.id, k])));
  const bytes = await reportToPdf(writeReport(doc, analysis), {
    title: doc.info.name,
    subtitle: 'Written by Caremap on 6 December 2026',
    map: { doc },
    charts,
    fonts: nodePdfFontFiles,
  });
  return { pages: await readPdfRuns(bytes), charts };
}

/** A 300-actor map: rings of 12 around 25 hubs, laid out on a wide grid. */
function bigDocument(): MapDocument {
  const base = demoDocument();
  const actors: Actor[] = [];
  const ties: Tie[] = [];
  for (let hub = 0; hub < 25; hub++) {
    const cx = (hub % 5) * 900;
    const cy = Math.floor(hub / 5) * 700;
    for (let i = 0; i < 12; i++) {
      const angle = (2 * Math.PI * i) / 12;
      const id = `h${hub}-${i}` as ActorId;
      const x = i === 0 ? cx : cx + Math.cos(angle) * 260;
      const y = i === 0 ? cy : cy + Math.sin(angle) * 260;
      actors.push({
        id,
        name: `Helper ${hub}-${i} of the Eastside rota`,
        kindId: base.kinds[(hub + i) % base.kinds.length]!.id,
        x,
        y,
        ...blankActorDetails(),
      });
      if (i > 0)
        ties.push({
          id: `t${ties.length}` as TieId,
          fromId: `h${hub}-0` as ActorId,
          toId: id,
          tieTypeId: null,
          direction: 'mutual',
          ...blankTieDetails(),
        });
    }
    if (hub > 0)
      ties.push({
        id: `t${ties.length}` as TieId,
        fromId: `h${hub - 1}-0` as ActorId,
        toId: `h${hub}-0` as ActorId,
        tieTypeId: null,
        direction: 'none',
        ...blankTieDetails(),
      });
  }
  return { ...base, info: { ...base.info, name: 'Eastside' }, actors, ties };
}

const names = (doc: MapDocument) => new Set(doc.actors.map((a) => a.name));

describe('the PDF report’s map', () => {
  it('gets a landscape A4 page of its own, with every name on it at 7 pt or more', async () => {
    const doc = demoDocument();
    const { pages } = await reportOf(doc);
    const map = pages[0]!;
    expect(map.width).toBeGreaterThan(map.height);
    expect(Math.round(map.width)).toBe(842);
    // Names may be wrapped over lines: join each actor's drawn lines back by looking for their words.
    const drawn = map.runs.filter((r) =>
      [...names(doc)].some(
        (n) => n === r.text || n.startsWith(`${r.text} `) || n.endsWith(` ${r.text}`) || n.includes(` ${r.text} `),
      ),
    );
    expect(drawn.length).toBeGreaterThanOrEqual(doc.actors.length * 0.8);
    for (const run of map.runs) expect(run.size, `“${run.text}”`).toBeGreaterThanOrEqual(MIN_NAME_SIZE);
    // Text pages follow in portrait.
    expect(pages[1]!.height).toBeGreaterThan(pages[1]!.width);
  });

  it('on a big map shows the most connected actors’ names at 7 pt or more and says that the others are left out', async () => {
    const doc = bigDocument();
    const { pages } = await reportOf(doc);
    const map = pages[0]!;
    const all = names(doc);
    const shown = map.runs.filter((r) => [...all].some((n) => n.startsWith(r.text)));
    for (const run of map.runs) expect(run.size, `“${run.text}”`).toBeGreaterThanOrEqual(MIN_NAME_SIZE);
    const caption = map.runs.find((r) => r.text.startsWith('Names are shown for'));
    expect(caption?.text).toMatch(/^Names are shown for \d+ of the 300 actors, the most connected first/);
    const count = Number(/for (\d+) of/.exec(caption!.text)![1]);
    expect(count).toBeGreaterThanOrEqual(25);
    expect(count).toBeLessThan(300);
    // The hubs (13 ties each, the most connected) are all named.
    for (let hub = 0; hub < 25; hub++) expect(shown.map((r) => r.text).join('|')).toContain(`Helper ${hub}-0 `);
  });

  it('carries the panel’s charts: actors by kind with each count, and the kind-mixing heatmap', async () => {
    const doc = demoDocument();
    const { pages, charts } = await reportOf(doc);
    const text = pages.slice(1).flatMap((p) => p.runs.map((r) => r.text));
    expect(text).toContain('Actors by kind');
    expect(text).toContain('Who is tied to whom');
    for (const k of charts.kinds) expect(text.some((t) => t.startsWith(`${k.count} (`))).toBe(true);
    // Each heatmap cell's observed count is drawn: the diagonal of the first kind, for one.
    expect(text).toContain(String(charts.mixing.observed[0]![0]));
    expect(text).toContain(charts.mixing.expected[0]![0]!.toFixed(1));
  });
});
