// The PDF report: a real PDF with the title, the sections' text and the map picture; names in six scripts print as
// written (embedded Noto fonts, only the glyphs used), right-to-left names read right to left, emoji never stop it.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { ReportSection } from '../../../src/shared/analysis';
import { reportToPdf, wrapText } from '../../../src/shared/analysis/report-pdf';
import { nodePdfFontFiles } from '../../../src/main/render/pdf-font-files';
import { readPdf } from './pdf-text';

const png = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#0072B2"/></svg>',
)
  .render()
  .asPng();

const section = (
  id: ReportSection['id'],
  heading: string,
  paragraphs: string[],
  items: string[] = [],
): ReportSection => ({ id, heading, paragraphs, items });
const fonts = nodePdfFontFiles;
const reversed = (text: string) => [...text].reverse().join('');

/** Turkish, Arabic, Bengali, Hebrew, Chinese, Polish. */
const NAMES = {
  turkish: 'Ayşe Yılmaz',
  arabic: 'محمد',
  bengali: 'রহিম',
  hebrew: 'שרה',
  chinese: '王芳',
  polish: 'Łucja Wójcik-Żak',
};

describe('reportToPdf', () => {
  it('writes a PDF with the title, the map picture and every section', async () => {
    const bytes = await reportToPdf(
      [
        section(
          'kinds',
          'Its kinds',
          ['These actors fall into 2 kinds.'],
          ['Individual active citizen: 12 actors (52%)', 'Statutory service: 3 actors (13%)'],
        ),
      ],
      { title: 'Clapton Care Circle', subtitle: 'Written by Caremap on 27 November 2026', mapPng: png, fonts },
    );
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.title).toBe('Analysis & Overview: Clapton Care Circle');
    expect(pdf.lines).toEqual(
      expect.arrayContaining([
        'Analysis & Overview: Clapton Care Circle',
        'Its kinds',
        'Written by Caremap on 27 November 2026',
        '•Individual active citizen: 12 actors (52%)',
      ]),
    );
    // The picture is embedded as an image XObject.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('prints names in six scripts as written: every glyph found, the text read back through ToUnicode', async () => {
    const sentence = `The bridges are ${Object.values(NAMES).join(', ')}.`;
    const items = Object.values(NAMES).map((name) => `${name}: 3 ties`);
    const bytes = await reportToPdf(
      [section('bridges', `Who bridges: ${NAMES.chinese} and ${NAMES.arabic}`, [sentence], items)],
      { title: `Ward 7 – ${NAMES.polish}`, fonts },
    );
    const pdf = await readPdf(bytes);
    const all = pdf.pieces.flat();
    // No missing glyph anywhere (glyph 0 is the empty box a viewer shows, and pdf-lib's old Helvetica path wrote "?").
    expect(all.filter((p) => p.codes.includes(0)).map((p) => p.text)).toEqual([]);
    const text = pdf.lines.join('\n');
    expect(text).not.toContain('?');
    expect(text).not.toContain('\u0000');
    for (const name of [NAMES.turkish, NAMES.chinese, NAMES.polish]) expect(text).toContain(name);
    // Right-to-left names are drawn right to left: their glyphs come out in visual order, the reverse of reading order.
    for (const name of [NAMES.arabic, NAMES.hebrew]) expect(text).toContain(reversed(name));
    // Bengali's vowel sign ি is drawn before the consonant it follows in reading order (রহিম: হ then ি, drawn ি then হ).
    expect(text).toContain('রিহম');
    expect(pdf.title).toBe(`Analysis & Overview: Ward 7 – ${NAMES.polish}`);
    // In the English sentence, the Arabic name sits in its place, between the Turkish and Bengali names, left to right.
    const line = pdf.lines.find((l) => l.includes(NAMES.turkish))!;
    expect(line.indexOf(NAMES.turkish)).toBeLessThan(line.indexOf(reversed(NAMES.arabic)));
    // Only the glyphs used are embedded: the Chinese font's subset is kilobytes, not the several MB of the whole font.
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('right-aligns a paragraph written in Arabic, and drops emoji without stopping', async () => {
    const bytes = await reportToPdf(
      [section('includes', 'Notes', ['محمد يساعد الجيران كل أسبوع', 'Lunch club 🍲 with Zoë 👋🏽'])],
      { title: 'Map 🌍', fonts },
    );
    const pdf = await readPdf(bytes);
    const arabic = pdf.pieces[0]!.find((p) => p.text.includes(reversed('محمد')))!;
    const english = pdf.pieces[0]!.find((p) => p.text.startsWith('Lunch club'))!;
    expect(arabic.x).toBeGreaterThan(english.x + 100);
    expect(pdf.lines).toContain('Lunch club with Zoë ');
    expect(pdf.title).toBe('Analysis & Overview: Map 🌍');
  });

  it('wraps long text to the page and flows on to further pages', async () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Paragraph ${i + 1}: ${'the informal networks are doing much of the heavy lifting '.repeat(4)}`,
    );
    const pdf = await readPdf(
      await reportToPdf([section('load', 'Where the informal side carries the load', long)], { title: 'Big', fonts }),
    );
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.lines).toContain(`Page 1 of ${pdf.pages}`);
    expect(pdf.lines.some((l) => l.startsWith('Paragraph 40:'))).toBe(true);
  });

  it('wrapText keeps every word and cuts a word longer than the line, never inside a character', () => {
    const measure = (text: string) => [...text].length * 6;
    const font = { widthOfTextAtSize: measure };
    const lines = wrapText('one two three four five six seven', font, 11, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
    expect(wrapText('x'.repeat(200), font, 11, 60).join('')).toBe('x'.repeat(200));
    const wide = '𠀀'.repeat(30); // beyond the BMP: two UTF-16 units each
    expect(wrapText(wide, font, 11, 60).every((l) => !/[\ud800-\udbff]$/.test(l))).toBe(true);
  });
});
