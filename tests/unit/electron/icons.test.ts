// scripts/make-icons.mjs: the PNGs, .ico and .icns it writes are well-formed, of the right sizes, and the committed
// copies in resources/ are what the script makes from icon.svg today.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script, without type declarations
import { ICO_SIZES, makeIcons, PNG_SIZES } from '../../../scripts/make-icons.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'caremap-icons-'));
const written = makeIcons(outDir) as string[];
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('make-icons', () => {
  it('writes one square PNG per size for Linux, from 16 to 1024 pixels', () => {
    for (const size of PNG_SIZES as number[]) {
      expect(pngSize(readFileSync(join(outDir, 'icons', `${size}x${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(readFileSync(join(outDir, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('writes an .ico whose directory lists each size and points at a PNG of that size', () => {
    const ico = readFileSync(join(outDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    expect(count).toBe((ICO_SIZES as number[]).length);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const listed = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const { width } = pngSize(ico.subarray(offset, offset + length));
      expect(width).toBe(listed);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      sizes.push(listed);
    }
    expect(sizes).toEqual(ICO_SIZES);
  });

  it('writes an .icns whose chunks cover 16 to 1024 pixels (plain and @2x) and add up to the file length', () => {
    const icns = readFileSync(join(outDir, 'icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const seen: string[] = [];
    let at = 8;
    while (at < icns.length) {
      const type = icns.toString('ascii', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      expect(pngSize(icns.subarray(at + 8, at + length)).width, type).toBe(expected[type]);
      seen.push(type);
      at += length;
    }
    expect(at).toBe(icns.length);
    expect(seen.sort()).toEqual(Object.keys(expected).sort());
  });

  it('the icons committed in resources/ are the ones icon.svg makes (run `node scripts/make-icons.mjs` after editing it)', () => {
    for (const path of written) {
      const name = path.slice(outDir.length + 1);
      expect(readFileSync(join(ROOT, 'resources', name)).equals(readFileSync(path)), name).toBe(true);
    }
  });
});
