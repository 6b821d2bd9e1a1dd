// Writes the analysis report for `caremap analyse --report`: HTML and PDF with the map picture and the charts inside,
// Markdown with the picture and the charts saved beside it (FILE - map.png, FILE - actors by kind.svg, FILE - who is
// tied to whom.svg), each written safely so a failure leaves any older file as it was.
import { basename, dirname, extname, join } from 'node:path';
import type { MapDocument } from '../shared/domain';
import { reportToHtml, reportToMarkdown, writeReport, type MapAnalysis } from '../shared/analysis';
import { pngDataUrl } from '../shared/analysis/png-data-url';
import { anonymiseSections } from '../shared/analysis/report-anonymise';
import { nameScrubber } from '../shared/anonymise';
import { reportSubtitle } from '../shared/date-words';
import { reportToPdf } from '../shared/analysis/report-pdf';
import { mapToSvg } from '../shared/render/map-svg';
import { anonymiseDocument } from '../shared/anonymise';
import { chartData } from '../shared/analysis/chart-data';
import { kindBarsSvg, mixingHeatmapSvg } from '../shared/analysis/report-charts-svg';
import { mapPng } from '../main/render/map-png';
import { nodePdfFontFiles } from '../main/render/pdf-font-files';
import { writeFileAtomic } from '../main/files/write-file-atomic';

export const REPORT_FORMATS = ['.html', '.md', '.pdf'] as const;

/** Picture scale: twice the canvas size for print, but at most ~3,000 pixels a side so a big map stays a small file. */
function pictureOf(doc: MapDocument, anonymise: boolean): Uint8Array {
  const options = { background: 'white', title: doc.info.name, legend: true, anonymise } as const;
  const { width, height } = mapToSvg(doc, options);
  const scale = Math.max(0.1, Math.min(2, 3000 / Math.max(width, height, 1)));
  return mapPng(doc, { ...options, scale }).png;
}

/** Returns the files written: the report, and for Markdown the map picture beside it. */
export async function writeReportFile(
  file: string,
  doc: MapDocument,
  analysis: MapAnalysis,
  options: { anonymise?: boolean } = {},
): Promise<string[]> {
  const anonymise = options.anonymise ?? false;
  // Shared, a map named after someone is titled with their number ("Person 3"), as its picture is.
  const title = anonymise ? nameScrubber(doc)(doc.info.name) : doc.info.name;
  const written = writeReport(doc, analysis);
  const sections = anonymise ? anonymiseSections(written, doc) : written;
  const charts = chartData(analysis, new Map(doc.kinds.map((k) => [k.id, k])));
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') {
    const map = { doc: anonymise ? anonymiseDocument(doc) : doc };
    writeFileAtomic(
      file,
      await reportToPdf(sections, { title, subtitle: reportSubtitle(), map, charts, fonts: nodePdfFontFiles }),
    );
    return [file];
  }
  const png = pictureOf(doc, anonymise);
  if (ext === '.html') {
    const printMap = { doc: anonymise ? anonymiseDocument(doc) : doc };
    writeFileAtomic(file, reportToHtml(sections, { title, mapImage: pngDataUrl(png), printMap, charts }));
    return [file];
  }
  const beside = (what: string) => join(dirname(file), `${basename(file, extname(file))} - ${what}`);
  const image = beside('map.png');
  writeFileAtomic(image, png);
  const files = [file, image];
  const chartFiles: { kinds?: string; mixing?: string } = {};
  if (charts.kinds.length) {
    files.push(beside('actors by kind.svg'));
    writeFileAtomic(files.at(-1)!, kindBarsSvg(charts.kinds));
    chartFiles.kinds = basename(files.at(-1)!);
  }
  if (charts.mixing.kinds.length >= 2) {
    files.push(beside('who is tied to whom.svg'));
    writeFileAtomic(files.at(-1)!, mixingHeatmapSvg(charts.mixing));
    chartFiles.mixing = basename(files.at(-1)!);
  }
  writeFileAtomic(file, reportToMarkdown(sections, { title, mapImageFile: basename(image), chartFiles }));
  return files;
}
