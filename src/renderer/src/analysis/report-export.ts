// Saves the edited report as a web page, a PDF or Markdown, each with a picture of the whole map.
import { safeFileName } from '../../../shared/export/file-names';
import type { ReportSection } from '../../../shared/analysis/report-section';
import { nameScrubber } from '../../../shared/anonymise';
import { reportSubtitle } from '../../../shared/date-words';
// Not the analysis index: it would pull graphology and Louvain into the window's start-up bundle (they run in the worker).
import { reportToHtml, reportToMarkdown } from '../../../shared/analysis/report-formats';
import { pngDataUrl } from '../../../shared/analysis/png-data-url';
import { anonymiseSections } from '../../../shared/analysis/report-anonymise';
import { mapToSvg } from '../../../shared/render/map-svg';
import { currentMapLook, currentMapPicture, svgToPng } from '../export/map-image';
import { anonymiseDocument } from '../../../shared/anonymise';
import { chartData, type ChartData } from '../../../shared/analysis/chart-data';
import { useAnalysisStore } from '../state/analysis-store';
import { useDocumentStore } from '../state/document-store';
import { wholeDocument } from './current-document';
import { saveFile } from '../export/save-file';

export type ReportFormat = 'html' | 'pdf' | 'md';

/** Sharp on paper and on a projector, yet not so big that a 5,000-actor map makes a huge file. */
const MAX_PIXELS = 3000;

/**
 * The whole map with its key: by default every actor in its kind's colour, whatever the canvas is filtered or focused on
 * (a report is about the whole network); with `asOnCanvas`, the canvas's own look (filter, focus, size and colour).
 */
async function mapPng(title: string, asOnCanvas: boolean, anonymise: boolean): Promise<Uint8Array> {
  const options = { background: 'white', title, legend: true, anonymise } as const;
  const doc = await wholeDocument();
  const picture = asOnCanvas ? currentMapPicture({ scope: 'whole', ...options }) : doc && mapToSvg(doc, options);
  if (!picture) throw new Error('no map is open.');
  const scale = Math.max(0.25, Math.min(2, MAX_PIXELS / Math.max(picture.width, picture.height, 1)));
  return svgToPng(picture, scale);
}

/** A file name without characters that Windows or macOS refuse (the exports' own rule). */
function fileBase(mapName: string): string {
  return `${safeFileName(mapName)} - Analysis and Overview`;
}

/** Saves the report; returns the names saved to, or [] when the facilitator cancelled. Throws with a plain sentence. */
export interface ReportExportOptions {
  /** The picture as the canvas shows it, rather than every actor in its kind's colour. */
  asOnCanvas: boolean;
  /** People's names become "Person n" in the words, the picture and the title. */
  anonymise: boolean;
}

/** The panel's charts from the latest analysis, when there is one. */
function currentCharts(): ChartData | undefined {
  const analysis = useAnalysisStore.getState().analysis;
  const doc = useDocumentStore.getState();
  return analysis ? chartData(analysis, doc.kindsById) : undefined;
}

export async function exportReport(
  format: ReportFormat,
  edited: readonly ReportSection[],
  givenName: string,
  options: ReportExportOptions,
): Promise<string[]> {
  const doc = await wholeDocument();
  // A map named after someone is named after their number in a shared report: title and file name alike.
  const mapName = options.anonymise && doc ? nameScrubber(doc)(givenName) : givenName;
  const base = fileBase(mapName);
  const sections = options.anonymise && doc ? anonymiseSections(edited, doc) : edited;
  const charts = currentCharts();
  if (format === 'pdf') {
    if (!doc) throw new Error('no map is open.');
    // pdf-lib and the fonts are large and used only here: loaded with the first PDF, not with the window.
    const [{ reportToPdf }, { bundledPdfFontFiles }] = await Promise.all([
      import('../../../shared/analysis/report-pdf'),
      import('./pdf-font-files'),
    ]);
    const map = {
      doc: options.anonymise ? anonymiseDocument(doc) : doc,
      ...(options.asOnCanvas ? { look: currentMapLook() } : {}),
    };
    const pdf = await reportToPdf(sections, {
      title: mapName,
      subtitle: reportSubtitle(),
      map,
      fonts: bundledPdfFontFiles,
      ...(charts ? { charts } : {}),
    });
    const result = await saveFile({
      suggestedName: `${base}.pdf`,
      data: pdf,
      mime: 'application/pdf',
      filterName: 'PDF document',
      extensions: ['pdf'],
    });
    return result.saved ? [result.path ?? `${base}.pdf`] : [];
  }
  const png = await mapPng(mapName, options.asOnCanvas, options.anonymise);
  if (format === 'html') {
    const printMap = doc
      ? {
          doc: options.anonymise ? anonymiseDocument(doc) : doc,
          ...(options.asOnCanvas ? { look: currentMapLook() } : {}),
        }
      : undefined;
    const html = reportToHtml(sections, {
      title: mapName,
      mapImage: pngDataUrl(png),
      ...(printMap ? { printMap } : {}),
      ...(charts ? { charts } : {}),
    });
    const result = await saveFile({
      suggestedName: `${base}.html`,
      data: html,
      mime: 'text/html',
      filterName: 'Web page',
      extensions: ['html'],
    });
    return result.saved ? [result.path ?? `${base}.html`] : [];
  }
  // Markdown: the text, then the map picture as its own file to keep beside it (the text names it).
  const imageName = `${base} - map.png`;
  const md = reportToMarkdown(sections, { title: mapName, mapImageFile: imageName });
  const text = await saveFile({
    suggestedName: `${base}.md`,
    data: md,
    mime: 'text/markdown',
    filterName: 'Markdown text',
    extensions: ['md'],
  });
  if (!text.saved) return [];
  const image = await saveFile({
    suggestedName: imageName,
    data: png,
    mime: 'image/png',
    filterName: 'PNG picture',
    extensions: ['png'],
  });
  return [text.path ?? `${base}.md`, ...(image.saved ? [image.path ?? imageName] : [])];
}
