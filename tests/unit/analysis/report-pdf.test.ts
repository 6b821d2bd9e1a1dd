// The PDF report: a real PDF with the title, the sections' text and the map picture; names in any script never stop it.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { ReportSection } from '../../../src/shared/analysis';
import { reportToPdf, wrapText } from '../../../src/shared/analysis/report-pdf';
import { toWinAnsi } from '../../../src/shared/analysis/win-ansi';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPdf } from './pdf-text';

const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#0072B2"/></svg>').render().asPng();

const section = (id: ReportSection['id'], heading: string, paragraphs: string[], items: string[] = []): ReportSection => ({ id, heading, paragraphs, items });

describe('reportToPdf', () => {
  it('writes a PDF with the title, the map picture and every section', async () => {
    const bytes = await reportToPdf(
      [section('kinds', 'Its kinds', ['These actors fall into 2 kinds.'], ['Individual active citizen: 12 actors (52%)', 'Statutory service: 3 actors (13%)'])],
      { title: 'Clapton Care Circle', subtitle: 'Written by Caremap on 27 November 2026', mapPng: png },
    );
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.title).toBe('Analysis & Overview: Clapton Care Circle');
    expect(pdf.lines).toEqual(expect.arrayContaining(['Analysis & Overview: Clapton Care Circle', 'Its kinds', 'Individual active citizen: 12 actors (52%)']));
    // The picture is embedded as an image XObject.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('never fails on a name Helvetica cannot draw: arrows, curly quotes, emoji, other scripts', async () => {
    const names = 'Ayşe’s “Lunch Club” 🍲 ↔ Łódź Café — Дом ✓';
    const bytes = await reportToPdf([section('bridges', 'Who bridges', [names])], { title: 'Map 🌍 → “Hackney”' });
    const pdf = await readPdf(bytes);
    expect(pdf.lines).toContain('Ayse’s “Lunch Club” <-> Lódz Café — ??? v');
    expect(pdf.title).toBe('Analysis & Overview: Map -> “Hackney”');
  });

  it('wraps long text to the page and flows on to further pages', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: ${'the informal networks are doing much of the heavy lifting '.repeat(4)}`);
    const pdf = await readPdf(await reportToPdf([section('load', 'Where the informal side carries the load', long)], { title: 'Big' }));
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.lines).toContain(`Page 1 of ${pdf.pages}`);
    expect(pdf.lines.some((l) => l.startsWith('Paragraph 40:'))).toBe(true);
  });

  it('wrapText keeps every word and cuts a word longer than the line', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrapText('one two three four five six seven', font, 11, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(60);
    expect(wrapText('x'.repeat(200), font, 11, 60).join('')).toBe('x'.repeat(200));
  });
});

describe('toWinAnsi', () => {
  it('keeps Latin-1 and WinAnsi punctuation, transliterates the rest', () => {
    expect(toWinAnsi('Zoë’s café – “ok” €5 …')).toBe('Zoë’s café – “ok” €5 …');
    expect(toWinAnsi('A ↔ B → C ≤ 3')).toBe('A <-> B -> C <= 3');
    expect(toWinAnsi('Şükrü Çelik')).toBe('Sükrü Çelik');
    expect(toWinAnsi('Hi 👋🏽 there 👨‍👩‍👧')).toBe('Hi there ');
    expect(toWinAnsi('北京')).toBe('??');
  });
});
