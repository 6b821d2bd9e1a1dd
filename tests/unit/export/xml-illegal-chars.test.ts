// Characters XML cannot hold (U+FFFE/U+FFFF, lone surrogates, C0 controls): replaced where text comes in, and left out
// or replaced at every XML output, so SVG, PNG, GraphML, GEXF, xlsx and `analyse --report` work on a map that has
// them; Markdown reports escape names; an xlsx cell over 32,767 characters is cut with a note in the About sheet.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import * as XLSX from 'xlsx';
import { runCli } from '../../../src/cli/caremap';
import { openMapStore, recordChanges } from '../../../src/main/store';
import { parseRequest } from '../../../src/shared/validate';
import { reportToMarkdown } from '../../../src/shared/analysis';
import { mapToXlsx, LONGEST_XLSX_CELL } from '../../../src/shared/export/xlsx';
import { isXmlSafe, xmlSafeText } from '../../../src/shared/xml-safe-text';
import type { MapDocument } from '../../../src/shared/domain';
import { tempDir } from '../store/temp-maps';
import { writeRichMap } from './export-fixture';

/** Every kind of character XML 1.0 forbids, inside an otherwise ordinary name. */
const HOSTILE_NAME = 'Ada\uFFFE Okafor\uFFFF \uD800lone \uDC00half \u0001\u001Fend 👋';

/** A map file that already holds such names (written by an older Caremap, or by another program). */
function mapWithHostileNames(): { file: string; dir: string } {
  const dir = tempDir();
  const { file, doc } = writeRichMap(dir, `Map ${HOSTILE_NAME}`);
  const store = openMapStore(file);
  const ada = doc.actors.find((a) => a.id === 'ada')!;
  store.transaction(() =>
    store.applyChanges(
      recordChanges({ actors: [{ ...ada, name: HOSTILE_NAME, tags: [`tag\uFFFF`], notes: 'note \u0007 \uDBFF' }] }),
    ),
  );
  store.close();
  return { file, dir };
}

function cli() {
  const err: string[] = [];
  return { io: { out: () => undefined, err: (t: string) => err.push(t) }, err };
}

describe('the input boundary', () => {
  it('replaces noncharacters and lone surrogates with “�”, drops controls, and keeps real emoji', () => {
    expect(xmlSafeText(HOSTILE_NAME)).toBe('Ada\uFFFD Okafor\uFFFD \uFFFDlone \uFFFDhalf end 👋');
    const input = parseRequest('actors.create', { name: HOSTILE_NAME, kindId: 'k', x: 0, y: 0 });
    expect(input.name).toBe('Ada\uFFFD Okafor\uFFFD \uFFFDlone \uFFFDhalf end 👋');
    expect(isXmlSafe(input.name)).toBe(true);
    expect(parseRequest('actors.rename', { id: 'a', name: 'x\uFFFF' }).name).toBe('x\uFFFD');
    const update = parseRequest('actors.update', {
      ids: ['a'],
      patch: { notes: 'line\u0000 one\nline\uFFFE two', tags: ['lives\u0008 here'], customValues: { f: 'v\uDC00' } },
    });
    expect(update.patch.notes).toBe('line one\nline\uFFFD two');
    expect(update.patch.tags).toEqual(['lives here']);
    expect(update.patch.customValues).toEqual({ f: 'v\uFFFD' });
  });
});

describe('XML outputs of a map that holds such characters', () => {
  it('writes well-formed SVG, GraphML and GEXF, and a PNG', async () => {
    const { file, dir } = mapWithHostileNames();
    for (const ending of ['svg', 'graphml', 'gexf', 'png']) {
      const { io, err } = cli();
      const target = join(dir, `out.${ending}`);
      expect(await runCli(['export', file, '--to', target], io), `${ending}: ${err.join('\n')}`).toBe(0);
      if (ending === 'png') {
        expect(readFileSync(target).subarray(1, 4).toString()).toBe('PNG');
        continue;
      }
      const xml = readFileSync(target, 'utf8');
      expect(XMLValidator.validate(xml), ending).toBe(true);
      expect(isXmlSafe(xml), ending).toBe(true);
      expect(xml).toContain('Ada\uFFFD Okafor');
    }
  });

  it('writes an xlsx that reads back', async () => {
    const { file, dir } = mapWithHostileNames();
    const { io, err } = cli();
    expect(await runCli(['export', file, '--to', join(dir, 'out.xlsx')], io), err.join('\n')).toBe(0);
    const book = XLSX.read(readFileSync(join(dir, 'out.xlsx')), { type: 'buffer' });
    const names = XLSX.utils.sheet_to_json<{ Name: string }>(book.Sheets.Actors!).map((r) => r.Name);
    expect(names.some((n) => n.startsWith('Ada'))).toBe(true);
  });

  it('writes the report as HTML, Markdown and PDF with its map picture (`caremap analyse --report`)', async () => {
    const { file, dir } = mapWithHostileNames();
    for (const ending of ['html', 'md', 'pdf']) {
      const { io, err } = cli();
      expect(
        await runCli(['analyse', file, '--report', join(dir, `report.${ending}`)], io),
        `${ending}: ${err.join('\n')}`,
      ).toBe(0);
    }
  });
});

describe('the Markdown report', () => {
  it('escapes names and typed words: no raw HTML, links, images or emphasis', () => {
    const md = reportToMarkdown(
      [
        {
          id: 'bridges',
          heading: 'Who <b>bridges</b>',
          paragraphs: [
            '<img src=x onerror=alert(1)> links [click](javascript:alert(1)) and *Ada* & _Bea_',
            '# not a heading',
          ],
          items: ['![pic](http://evil.example/x.png)', '1. not a list'],
        },
      ],
      { title: 'Map <script>alert(1)</script>' },
    );
    expect(md).not.toMatch(/<(img|script|b)\b/);
    expect(md).toContain('# Analysis & Overview: Map &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('## Who &lt;b&gt;bridges&lt;/b&gt;');
    expect(md).toContain(
      '&lt;img src=x onerror=alert(1)&gt; links \\[click\\](javascript:alert(1)) and \\*Ada\\* &amp; \\_Bea\\_',
    );
    expect(md).toContain('\n\\# not a heading\n');
    expect(md).toContain('- !\\[pic\\](http://evil.example/x.png)');
    expect(md).toContain('- 1\\. not a list');
  });
});

describe('an xlsx cell over 32,767 characters', () => {
  it('is cut to fit, ending in “…”, and the About sheet says which cell', () => {
    const { doc } = writeRichMap(tempDir());
    const long = `${'x'.repeat(LONGEST_XLSX_CELL - 2)}👋${'y'.repeat(10_000)}`;
    const big: MapDocument = { ...doc, actors: doc.actors.map((a) => (a.id === 'maple' ? { ...a, notes: long } : a)) };
    const book = XLSX.read(mapToXlsx(big, { exportedOn: '2026-12-06', anonymised: false, appVersion: 'test' }), {
      type: 'array',
    });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Actors!);
    const index = rows.findIndex((r) => r.Name === 'Maple Street Mutual Aid');
    const cell = rows[index]!.Notes!;
    expect(cell.length).toBeLessThanOrEqual(LONGEST_XLSX_CELL);
    expect(cell.endsWith('x…')).toBe(true); // the emoji is not split in half
    const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets.About!, { header: 1 }).map((r) => r.join(' | '));
    expect(
      about.some((line) =>
        line.startsWith('Cut short | A spreadsheet cell holds at most 32,767 characters. This cell was cut'),
      ),
    ).toBe(true);
    expect(about).toContain(` | Actors, row ${index + 2}, column Notes`);
  });
});
