// `node scripts/make-icons.mjs [outDir]`: renders resources/icon.svg into the PNG sizes, the .ico and the .icns the
// installers need (electron-builder reads them from resources/). Run it after changing the drawing; commit the output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { writeIcns, writeIco } from './lib/icon-containers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
// Windows shows 16–48 in lists and 256 in large views; bigger images would only make the .exe heavier.
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Writes icons/NxN.png (Linux's set), icon.png (1024), icon.ico and icon.icns into outDir; returns their paths. */
export function makeIcons(outDir, svgPath = join(root, 'resources', 'icon.svg')) {
  const svg = readFileSync(svgPath);
  const pngs = new Map(PNG_SIZES.map((size) => [size, render(svg, size)]));
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  const written = [];
  const write = (name, data) => {
    const path = join(outDir, name);
    writeFileSync(path, data);
    written.push(path);
  };
  for (const [size, png] of pngs) write(join('icons', `${size}x${size}.png`), png);
  write('icon.png', pngs.get(1024));
  write('icon.ico', writeIco(ICO_SIZES.map((size) => pngs.get(size))));
  write('icon.icns', writeIcns(pngs));
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(root, 'resources'));
  console.log(`Wrote ${makeIcons(outDir).length} icon files to ${outDir}`);
}
