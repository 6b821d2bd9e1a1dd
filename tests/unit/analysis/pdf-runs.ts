// Reads the text a PDF draws with the size it is drawn at, page by page: each Tj as one run, decoded through its
// font's ToUnicode map (pdf-text.ts), with the size of the last Tf before it.
import { readPdf } from './pdf-text';

export interface TextRun {
  text: string;
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

export async function readPdfRuns(bytes: Uint8Array): Promise<PageRuns[]> {
  const pdf = await readPdf(bytes);
  return pdf.pieces.map((pieces, i) => ({
    ...pdf.sizes[i]!,
    runs: pieces.map((p) => ({ text: p.text, size: p.size })),
  }));
}
