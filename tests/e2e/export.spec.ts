// File ▸ Export… in browser mode on a prepared map: a 2× PNG with title and legend (size, not blank, the kinds'
// colours in its legend), and an anonymised spreadsheet that names no individual.
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

/** A server on a map with individuals, organisations, ties and every field filled. */
const test = base.extend<{ richMap: { url: string; doc: MapDocument; kindColours: string[] }; wideMap: boolean }>({
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

test('exports a 2× PNG with title and legend: the promised size, not blank, with every kind’s colour', async ({ page, richMap }) => {
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
  expect(size).toEqual({ width: Number(promised![1]!.replaceAll(',', '')), height: Number(promised![2]!.replaceAll(',', '')) });
  // The same picture drawn from the model: twice its size, and where its legend is.
  const expected = mapToSvg(richMap.doc, { background: 'white', title: richMap.doc.info.name, date: todayIso(), legend: true, anonymise: false });
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
  found.seen.forEach((count, k) => expect(count, `kind colour ${richMap.kindColours[k]} in the legend`).toBeGreaterThan(20));
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
    await expect(exporter.dialog.getByRole('alert')).toContainText('Choose a smaller scale, export the current view, or export SVG.');
    await exporter.dialog.getByRole('radio', { name: '2×' }).check();
    await exporter.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(exporter.dialog.getByRole('status')).toContainText('Exported');
    expect(downloads).toBe(1);
  });
});
