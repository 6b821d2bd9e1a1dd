// Reads a PDF back for the tests: its page count, its title, and the text drawn on each page, decoded through each
// font's ToUnicode map as a PDF reader would (so a glyph the font lacked shows as "\u0000", never silently passes).
// Pieces drawn at one height are one line, joined left to right (right-to-left runs come out in visual order).
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';

function streamText(stream: unknown): string {
  return stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '';
}

function contentText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams.map(streamText).join('\n');
}

const hexToString = (hex: string) =>
  String.fromCodePoint(
    ...(hex.match(/.{4}/g) ?? [])
      .map((h) => parseInt(h, 16))
      .reduce<number[]>((cps, unit) => {
        // UTF-16BE: join surrogate pairs.
        const last = cps[cps.length - 1];
        if (last !== undefined && last >= 0xd800 && last < 0xdc00 && unit >= 0xdc00 && unit < 0xe000)
          cps[cps.length - 1] = (last - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000;
        else cps.push(unit);
        return cps;
      }, []),
  );

/** Glyph code (hex, as in the content stream) → the characters it stands for. */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(m[1]!, 16), hexToString(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [lo, hi, start] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let code = lo; code <= hi; code++) map.set(code, String.fromCodePoint(start + code - lo));
    }
  return map;
}

interface PageFont {
  /** Two bytes a glyph for embedded (Type0) fonts, one for simple ones. */
  bytes: 1 | 2;
  unicode: Map<number, string> | null;
}

function pageFonts(page: PDFPage): Map<string, PageFont> {
  const fonts = new Map<string, PageFont>();
  const resources = page.node.Resources();
  const fontDict = resources?.lookup(PDFName.of('Font'));
  if (!(fontDict instanceof PDFDict)) return fonts;
  for (const [name, ref] of fontDict.entries()) {
    const font = page.doc.context.lookup(ref);
    if (!(font instanceof PDFDict)) continue;
    const subtype = font.get(PDFName.of('Subtype'))?.toString();
    const toUnicode = font.get(PDFName.of('ToUnicode'));
    const cmap = toUnicode ? streamText(page.doc.context.lookup(toUnicode)) : '';
    fonts.set(name.decodeText(), { bytes: subtype === '/Type0' ? 2 : 1, unicode: cmap ? toUnicodeMap(cmap) : null });
  }
  return fonts;
}

export interface PdfPiece {
  text: string;
  x: number;
  y: number;
  /** Font size in points, from the last Tf (no text matrix scaling is used). */
  size: number;
  /** Glyph codes drawn, for checking that none is 0 (.notdef, the empty box or "?" of a missing glyph). */
  codes: number[];
}

export async function readPdf(bytes: Uint8Array): Promise<{
  pages: number;
  title: string | undefined;
  lines: string[];
  pieces: PdfPiece[][];
  sizes: { width: number; height: number }[];
}> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const lines: string[] = [];
  const pieces: PdfPiece[][] = [];
  for (const page of pdf.getPages()) {
    const fonts = pageFonts(page);
    const onPage: PdfPiece[] = [];
    let font: PageFont | undefined;
    let at = { x: 0, y: 0 };
    let size = NaN;
    for (const m of contentText(page).matchAll(
      /\/([^\s/]+)\s+([\d.]+)\s+Tf|([-\d.]+)\s+([-\d.]+)\s+Tm|<([0-9A-Fa-f]*)>\s*Tj/g,
    )) {
      if (m[1] !== undefined) {
        font = fonts.get(m[1]);
        size = Number(m[2]);
      } else if (m[3] !== undefined) at = { x: Number(m[3]), y: Number(m[4]) };
      else if (m[5] !== undefined && font) {
        const width = font.bytes * 2;
        const codes = (m[5].match(new RegExp(`.{${width}}`, 'g')) ?? []).map((h) => parseInt(h, 16));
        const text = codes
          .map((c) => (font!.unicode ? (font!.unicode.get(c) ?? '\u0000') : String.fromCharCode(c)))
          .join('');
        onPage.push({ text, x: at.x, y: at.y, size, codes });
      }
    }
    pieces.push(onPage);
    // One line per height, left to right.
    const byY = new Map<number, PdfPiece[]>();
    for (const piece of onPage)
      byY.set(Math.round(piece.y * 10), [...(byY.get(Math.round(piece.y * 10)) ?? []), piece]);
    for (const row of byY.values())
      lines.push(
        row
          .sort((a, b) => a.x - b.x)
          .map((p) => p.text)
          .join(''),
      );
  }
  return {
    pages: pdf.getPageCount(),
    title: pdf.getTitle(),
    lines,
    pieces,
    sizes: pdf.getPages().map((p) => p.getSize()),
  };
}
