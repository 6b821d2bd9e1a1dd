// The report's web page and Markdown carry the Analysis panel's charts, drawn from the same data the panel shows.
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { analyseMap, writeReport } from '../../../src/shared/analysis';
import { chartData, percent } from '../../../src/shared/analysis/chart-data';
import { reportToHtml, reportToMarkdown } from '../../../src/shared/analysis/report-formats';
import { analysisToPanel } from '../../../src/renderer/src/analysis/analysis-to-panel';
import { demoDocument } from '../render/picture-maps';

function demo() {
  const doc = demoDocument();
  const analysis = analyseMap(doc);
  const kinds = new Map(doc.kinds.map((k) => [k.id, k]));
  return { doc, analysis, sections: writeReport(doc, analysis), charts: chartData(analysis, kinds), kinds };
}

const svgOf = (html: string, cls: string) =>
  new RegExp(`<svg [^>]*class="chart ${cls}".*?</svg>`, 's').exec(html)?.[0] ?? '';

describe('the report’s charts', () => {
  it('are the panel’s own figures', () => {
    const { analysis, charts, kinds } = demo();
    const panel = analysisToPanel(analysis, kinds);
    expect(panel.kinds).toEqual(charts.kinds);
    expect(panel.mixing).toEqual(charts.mixing);
  });

  it('in the web page: actors by kind as bars with each kind’s count, and the mixing heatmap, as well-formed SVG', () => {
    const { sections, charts } = demo();
    const html = reportToHtml(sections, { title: 'Demo', charts });
    const bars = svgOf(html, 'chart-kinds');
    expect(XMLValidator.validate(bars)).toBe(true);
    expect(bars.match(/class="chart-bar"/g)).toHaveLength(charts.kinds.length);
    for (const k of charts.kinds) {
      expect(bars).toContain(`${k.count} (${percent(k.share)})`);
      expect(bars).toContain(`fill="${k.colour}"`);
    }
    const heatmap = svgOf(html, 'chart-mixing');
    expect(XMLValidator.validate(heatmap)).toBe(true);
    const n = charts.mixing.kinds.length;
    expect(heatmap.match(/class="chart-cell"/g)).toHaveLength(n * n);
    const seen = [...heatmap.matchAll(/font-weight="600"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(seen).toEqual(charts.mixing.observed.flat());
    // Each chart follows its section: the bars after "Its kinds", the heatmap after "Which connections would most help".
    expect(html.indexOf('chart-kinds')).toBeGreaterThan(html.indexOf('<section id="kinds">'));
    expect(html.indexOf('chart-kinds')).toBeLessThan(html.indexOf('<section id="under-represented">'));
    expect(html.indexOf('chart-mixing')).toBeGreaterThan(html.indexOf('<section id="connections">'));
  });

  it('in Markdown: the charts as pictures named beside the text, after their sections', () => {
    const { sections } = demo();
    const md = reportToMarkdown(sections, {
      title: 'Demo',
      chartFiles: { kinds: 'r - actors by kind.svg', mixing: 'r - who is tied to whom.svg' },
    });
    expect(md).toContain('![Actors by kind](r%20-%20actors%20by%20kind.svg)');
    expect(md.indexOf('![Who is tied to whom]')).toBeGreaterThan(md.indexOf('## Which connections would most help'));
  });
});

describe('the web page’s printed map', () => {
  it('prints on a landscape page of its own, drawn at 1 pt a unit with every name at 7 pt or more', () => {
    const { doc, sections } = demo();
    const html = reportToHtml(sections, { title: 'Demo', mapImage: 'data:image/png;base64,AAAA', printMap: { doc } });
    expect(html).toContain('@page map{size:A4 landscape;margin:12mm}');
    expect(html).toMatch(
      /<div class="map-page has-print"><h1>.*?<\/h1><figure><img [^>]*><div class="map-print"><svg [^>]*class="print-map" viewBox="0 0 770 390" width="770pt"/,
    );
    const names = [...html.matchAll(/<text class="print-name"[^>]*font-size="([\d.]+)"[^>]*>(.*?)<\/text>/g)];
    expect(names.length).toBeGreaterThanOrEqual(doc.actors.length * 0.8);
    for (const [, size] of names) expect(Number(size)).toBeGreaterThanOrEqual(7);
    // Every other text in the printed map is at least 7 pt too.
    const svg = /<svg [^>]*class="print-map".*?<\/svg>/s.exec(html)![0];
    for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(7);
  });
});
