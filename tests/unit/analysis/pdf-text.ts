// Reads a PDF back for the tests: its page count, its title, and the text drawn on each page (pdf-lib writes each line
// as one hex string shown with Tj, in WinAnsi, so joining them gives the lines back).
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';

function contentBytes(page: PDFPage): Uint8Array[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map((s) => decodePDFRawStream(s).decode());
}

/** WinAnsi's 0x80–0x9F block in Unicode (unused codes as U+FFFD); the rest of WinAnsi is Latin-1. */
const WIN_ANSI_80 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

const hexToText = (hex: string) =>
  (hex.match(/../g) ?? []).map((h) => parseInt(h, 16)).map((c) => (c >= 0x80 && c <= 0x9f ? WIN_ANSI_80[c - 0x80]! : String.fromCharCode(c))).join('');

export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; title: string | undefined; lines: string[] }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const lines: string[] = [];
  for (const page of pdf.getPages()) {
    for (const stream of contentBytes(page)) {
      const text = Buffer.from(stream).toString('latin1');
      for (const match of text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(hexToText(match[1]!));
    }
  }
  return { pages: pdf.getPageCount(), title: pdf.getTitle(), lines };
}
