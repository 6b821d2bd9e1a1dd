// Reads the text a PDF draws with the size it is drawn at: pdf-lib writes each drawText as "BT … /F 7 Tf … <hex> Tj ET",
// so the last Tf before a Tj gives that text's font size in points (no text matrix scaling is used).
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';

export interface TextRun {
  text: string;
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

function contentText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
    .join('\n');
}

const hexToLatin1 = (hex: string) => Buffer.from(hex, 'hex').toString('latin1');

export async function readPdfRuns(bytes: Uint8Array): Promise<PageRuns[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page) => {
    const runs: TextRun[] = [];
    let size = NaN;
    for (const match of contentText(page).matchAll(/\/[^\s/]+\s+([\d.]+)\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (match[1] !== undefined) size = Number(match[1]);
      else runs.push({ text: hexToLatin1(match[2]!), size });
    }
    const { width, height } = page.getSize();
    return { width, height, runs };
  });
}
