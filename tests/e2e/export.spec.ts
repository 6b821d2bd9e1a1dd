// File ▸ Export… in browser mode on a prepared map: a 2× PNG with title and legend (size, not blank, the kinds'
// colours in its legend), a whole-map picture framed tightly with its legend whole, and an anonymised spreadsheet
// that names no individual.
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { startCaremapServer, type ServerHandle } from './caremap-server';
import { ExportPage } from './page-models/export-page';
import { MapPage } from './page-models/map-page';
import { INDIVIDUAL_CONTACTS, INDIVIDUAL_NAMES, writeRichMap } from '../unit/export/export-fixture';
import type { MapDocument } from '../../src/shared/domain';
import { todayIso } from '../../src/shared/export/file-names';
import { mapToSvg } from '../../src/shared/render/map-svg';
import { writeNewMapFile } from '../../src/main/store';
import { farFlungDocument } from '../unit/render/picture-maps';
import { CELL_AT_1X, filledFraction } from '../unit/render/drawn-area';

const LONG_KIND = 'Community interest companies, co-operatives and other social enterprises of the wider borough';

/** A server on a map with individuals, organisations, ties and every field filled. */
const test = base.extend<{
  richMap: { url: string; doc: MapDocument; kindColours: string[] };
  wideMap: boolean;
  farMap: { url: string; doc: MapDocument };
}>({
  /** 45 actors: a network, a small group far below and 9 lone actors far to the right; one kind with a long name. */
  farMap: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caremap-e2e-far-'));
    const doc = farFlungDocument();
    doc.kinds = doc.kinds.map((k, i) => (i === 0 ? { ...k, name: LONG_KIND } : k));
    const file = join(dataDir, 'Partner network.caremap');
    writeNewMapFile(file, {
      name: doc.info.name,
      kinds: doc.kinds,
      tieTypes: doc.tieTypes,
      tieStatuses: doc.tieStatuses,
      careOffers: doc.careOffers,
      customFields: doc.customFields,
      actors: doc.actors,
      ties: doc.ties,
    });
    const server: ServerHandle = await startCaremapServer({ dataDir, mapPath: file });
    await use({ url: server.url, doc });
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
  /** Set `wideMap` to stretch the map ~6,000 px wide: drawable at 2×, too wide for a browser at 4×. */
  wideMap: [false, { option: true }],
  richMap: async ({ wideMap }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caremap-e2e-export-'));
    const { file, doc } = writeRichMap(dataDir, undefined, wideMap ? 8 : 1);
    const used = new Set(doc.actors.map((a) => a.kindId as string));
    const server: ServerHandle = await startCaremapServer({ dataDir, mapPath: file });
    await use({ url: server.url, doc, kindColours: doc.kinds.filter((k) => used.has(k.id)).map((k) => k.colour) });
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('exports a 2× PNG with title and legend: the promised size, not blank, with every kind’s colour', async ({
  page,
  richMap,
}) => {
  const map = new MapPage(page);
  await map.open(richMap.url);
  const exporter = new ExportPage(page);
  await exporter.open();
  await exporter.format(/Picture \(PNG\)/).check();
  await exporter.dialog.getByRole('radio', { name: '2×' }).check();
  await expect(exporter.dialog.getByRole('checkbox', { name: 'Title' })).toBeChecked();
  await expect(exporter.dialog.getByRole('checkbox', { name: /Legend/ })).toBeChecked();
  const promised = /([\d,]+) × ([\d,]+) pixels/.exec((await exporter.dialog.getByText(/pixels/).textContent()) ?? '');
  expect(promised).not.toBeNull();
  const [file] = await exporter.exportFiles();
  expect(file!.name).toMatch(/\.png$/);
  const size = pngSize(file!.bytes);
  expect(size).toEqual({
    width: Number(promised![1]!.replaceAll(',', '')),
    height: Number(promised![2]!.replaceAll(',', '')),
  });
  // The same picture drawn from the model: twice its size, and where its legend is.
  const expected = mapToSvg(richMap.doc, {
    background: 'white',
    title: richMap.doc.info.name,
    date: todayIso(),
    legend: true,
    anonymise: false,
  });
  expect(size).toEqual({ width: expected.width * 2, height: expected.height * 2 });
  const legend = expected.legendBox!;
  const legendArea = { x: legend.x * 2, y: legend.y * 2, width: legend.width * 2, height: legend.height * 2 };

  // Decoded by the browser itself: count the pixels that are not background, and find each kind's colour in the legend.
  const found = await page.evaluate(
    async ({ base64, colours, area }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const wanted = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const seen = wanted.map(() => 0);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a > 0 && (r < 245 || g < 245 || b < 245)) inked++;
        const px = (i / 4) % canvas.width;
        const py = Math.floor(i / 4 / canvas.width);
        if (px < area.x || px >= area.x + area.width || py < area.y || py >= area.y + area.height) continue;
        wanted.forEach(([wr, wg, wb], k) => {
          if (Math.abs(r - wr!) <= 3 && Math.abs(g - wg!) <= 3 && Math.abs(b - wb!) <= 3) seen[k]!++;
        });
      }
      return { inked, total: data.length / 4, seen };
    },
    { base64: file!.bytes.toString('base64'), colours: richMap.kindColours, area: legendArea },
  );
  expect(found.inked).toBeGreaterThan(found.total * 0.01);
  found.seen.forEach((count, k) =>
    expect(count, `kind colour ${richMap.kindColours[k]} in the legend`).toBeGreaterThan(20),
  );
});

test('a whole-map PNG of a map with far-flung actors is framed tightly: drawn area ≥ 50%, legend whole', async ({
  page,
  farMap,
}) => {
  const map = new MapPage(page);
  await map.open(farMap.url);
  const exporter = new ExportPage(page);
  await exporter.open();
  await exporter.format(/Picture \(PNG\)/).check();
  await exporter.dialog.getByRole('radio', { name: '2×' }).check();
  const [file] = await exporter.exportFiles();
  const size = pngSize(file!.bytes);
  // The same picture from the model gives where the legend is; the PNG must be that picture.
  const expected = mapToSvg(farMap.doc, {
    background: 'white',
    title: farMap.doc.info.name,
    date: todayIso(),
    legend: true,
    anonymise: false,
  });
  expect(size).toEqual({ width: expected.width * 2, height: expected.height * 2 });
  // Framed where the actors stand, the map is ~5,000 map units wide; packed, it fits a screen-sized picture.
  expect(size.width).toBeLessThan(2 * 1800);
  const legend = expected.legendBox!;
  const measured = await page.evaluate(
    async ({ base64, cell, box }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      // Same rule as tests/unit/render/drawn-area.ts: a cell is inked when any pixel in it is ink.
      const columns = Math.ceil(width / cell);
      const inked = new Uint8Array(columns * Math.ceil(height / cell));
      let textRight = -1;
      let textPixels = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
          if (a > 16 && (r < 240 || g < 240 || b < 240))
            inked[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
          // The legend's text is near-black; its border is a light grey and its swatches are coloured.
          const inLegend = x > box.x + 4 && x < box.x + box.width - 4 && y > box.y + 4 && y < box.y + box.height - 4;
          if (inLegend && r < 90 && g < 90 && b < 90) {
            textPixels++;
            textRight = Math.max(textRight, x);
          }
        }
      }
      return { inked: [...inked], columns, rows: Math.ceil(height / cell), textRight, textPixels };
    },
    {
      base64: file!.bytes.toString('base64'),
      cell: CELL_AT_1X * 2,
      box: { x: legend.x * 2, y: legend.y * 2, width: legend.width * 2, height: legend.height * 2 },
    },
  );
  expect(filledFraction(measured.inked, measured.columns, measured.rows)).toBeGreaterThanOrEqual(0.5);
  // The legend's words end inside its box, short of its right edge's padding (16 px at 1×, 32 at 2×).
  expect(measured.textPixels).toBeGreaterThan(2000);
  expect(measured.textRight).toBeLessThan((legend.x + legend.width) * 2 - 16);

  // The SVG of the same picture (the dialog stays open after an export) holds the long kind's whole name and count.
  await exporter.format(/Picture that stays sharp \(SVG\)/).check();
  const [svg] = await exporter.exportFiles();
  const legendSvg = /<g class="legend">.*?<\/g>/s.exec(svg!.bytes.toString('utf8'))?.[0] ?? '';
  const words = [...legendSvg.matchAll(/<tspan [^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]).join(' ');
  const count = farMap.doc.actors.filter((a) => a.kindId === farMap.doc.kinds[0]!.id).length;
  expect(words).toContain(`${LONG_KIND} (${count})`);
  expect(words).not.toContain('…');
});

test('exports an anonymised spreadsheet that names no individual', async ({ page, richMap }) => {
  const map = new MapPage(page);
  await map.open(richMap.url);
  const exporter = new ExportPage(page);
  await exporter.open();
  await exporter.format(/Spreadsheet \(Excel/).check();
  await exporter.anonymise().check();
  const [file] = await exporter.exportFiles();
  expect(file!.name).toBe('Clapton & Co test (anonymised).xlsx');
  const book = XLSX.read(file!.bytes, { type: 'buffer' });
  const everything = book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!)).join('\n');
  for (const secret of [...INDIVIDUAL_NAMES, ...INDIVIDUAL_CONTACTS]) expect(everything).not.toContain(secret);
  expect(everything).toContain('Person 1');
  expect(everything).toContain('Maple Street Mutual Aid');
  const actors = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Actors!);
  expect(actors).toHaveLength(5);
});

test.describe('a picture too big to draw', () => {
  test.use({ wideMap: true });

  test('says what to do instead, and saves nothing', async ({ page, richMap }) => {
    const map = new MapPage(page);
    await map.open(richMap.url);
    const exporter = new ExportPage(page);
    await exporter.open();
    await exporter.dialog.getByRole('radio', { name: '4×' }).check();
    let downloads = 0;
    page.on('download', () => downloads++);
    await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(exporter.dialog.getByRole('alert')).toContainText(
      'Choose a smaller scale, export the current view, or export SVG.',
    );
    await exporter.dialog.getByRole('radio', { name: '2×' }).check();
    await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(exporter.dialog.getByRole('status')).toContainText('Exported');
    expect(downloads).toBe(1);
  });
});
