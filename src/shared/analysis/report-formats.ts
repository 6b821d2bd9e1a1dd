// The report as Markdown or as one self-contained HTML page (escaped text, inline styles, the map image optionally embedded).
import { markdownText } from './markdown-text';
import type { ReportSection } from './report-section';
import { MIXING_CAPTION, type ChartData } from './chart-data';
import { kindBarsSvg, mixingHeatmapSvg } from './report-charts-svg';
import { printMapHtml } from './print-map-svg';
import type { PrintMapInput } from './print-map';

export interface ReportFormatOptions {
  title: string;
  /** A PNG of the map as a data URL ("data:image/png;base64,…"); anything else is ignored. */
  mapImage?: string;
  /**
   * Markdown only: the file name of the map picture saved beside the Markdown file. Preferred over a data URL there,
   * because a facilitator pasting the text into their own report should not have to wade through a block of base64.
   */
  mapImageFile?: string;
  /**
   * Web page: the map drawn for print (a landscape page of its own, names at 7 pt or more), printed instead of the
   * picture, which stays for the screen.
   */
  printMap?: PrintMapInput;
  /** The Analysis panel's charts, drawn after the sections they belong to (web page). */
  charts?: ChartData;
  /** Markdown only: the charts' picture files saved beside the Markdown file. */
  chartFiles?: ChartFiles;
}

export interface ChartFiles {
  kinds?: string;
  mixing?: string;
}

/** Which section each chart follows; a chart whose section is missing goes at the end. */
const CHART_AFTER = { kinds: 'kinds', mixing: 'connections' } as const;

/** The charts, in HTML, after each section (by section id) and at the end. */
function chartsHtml(
  sections: readonly ReportSection[],
  charts: ChartData | undefined,
): { after: Map<string, string>; end: string } {
  const after = new Map<string, string>();
  let end = '';
  if (!charts) return { after, end };
  const blocks: [keyof typeof CHART_AFTER, string][] = [];
  if (charts.kinds.length)
    blocks.push([
      'kinds',
      `<figure class="chart"><figcaption>Actors by kind</figcaption>${kindBarsSvg(charts.kinds)}</figure>`,
    ]);
  if (charts.mixing.kinds.length >= 2) {
    blocks.push([
      'mixing',
      `<figure class="chart"><figcaption>Who is tied to whom</figcaption>${mixingHeatmapSvg(charts.mixing)}<p class="chart-note">${escapeHtml(MIXING_CAPTION)}</p></figure>`,
    ]);
  }
  const ids = new Set(sections.map((s) => s.id));
  for (const [chart, html] of blocks) {
    const id = CHART_AFTER[chart];
    if (ids.has(id)) after.set(id, (after.get(id) ?? '') + html);
    else end += html;
  }
  return { after, end };
}

export function reportToMarkdown(sections: readonly ReportSection[], options: ReportFormatOptions): string {
  // Every text is escaped: a name or an edited sentence is shown as written, never read as HTML or Markdown.
  const out = [`# Analysis & Overview: ${markdownText(options.title)}`, ''];
  if (options.mapImageFile) out.push(`![The map](${encodeURI(options.mapImageFile)})`, '');
  else if (options.mapImage?.startsWith('data:image/png;base64,')) out.push(`![The map](${options.mapImage})`, '');
  for (const section of sections) {
    out.push(`## ${markdownText(section.heading)}`, '');
    for (const p of section.paragraphs) out.push(markdownText(p), '');
    if (section.items.length > 0) out.push(...section.items.map((i) => `- ${markdownText(i)}`), '');
    if (section.id === CHART_AFTER.kinds && options.chartFiles?.kinds)
      out.push(`![Actors by kind](${encodeURI(options.chartFiles.kinds)})`, '');
    if (section.id === CHART_AFTER.mixing && options.chartFiles?.mixing)
      out.push(`![Who is tied to whom](${encodeURI(options.chartFiles.mixing)})`, '');
  }
  return out.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}img{max-width:100%;border:1px solid #ccc}h2{margin-top:2rem}' +
  'figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.5rem}svg.chart{max-width:100%;height:auto}.chart-note,.map-note{font-size:.875rem;color:#555}' +
  '.map-print{display:none}.print-map{width:100%;height:auto}.map-key{font-size:8pt}.print-key{white-space:nowrap;margin-right:1em}' +
  // Printed, the map gets a landscape page of its own, drawn so its names print at 7 pt or more (print-map-svg.ts).
  '@media print{body{max-width:none}.map-page{page:map;break-after:page}.map-page.has-print img{display:none}.map-page.has-print .map-print{display:block}}' +
  '@page map{size:A4 landscape;margin:12mm}';

export function reportToHtml(sections: readonly ReportSection[], options: ReportFormatOptions): string {
  const title = `Analysis &amp; Overview: ${escapeHtml(options.title)}`;
  const png = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(options.mapImage ?? '')
    ? `<img src="${options.mapImage}" alt="The map">`
    : '';
  const print = options.printMap ? `<div class="map-print">${printMapHtml(options.printMap)}</div>` : '';
  const image = png || print ? `<figure>${png}${print}</figure>` : '';
  const charts = chartsHtml(sections, options.charts);
  const body = sections
    .map((s) => {
      const paragraphs = s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
      const items = s.items.length > 0 ? `<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '';
      return `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.heading)}</h2>${paragraphs}${items}${charts.after.get(s.id) ?? ''}</section>`;
    })
    .join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>\n<body><div class="map-page${print ? ' has-print' : ''}"><h1>${title}</h1>${image}</div>\n${body}${charts.end}\n</body></html>\n`;
}
