// Saving an exported file: the facilitator's chosen path gets the bytes, and a failed write leaves what was there.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempBackend } from '../../../src/main/api/temp-backend';
import { writeFileAtomic } from '../../../src/main/files/write-file-atomic';
import { parseRequest } from '../../../src/shared/validate';

const tempDir = () => mkdtempSync(join(tmpdir(), 'caremap-files-'));

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'report.html');
    writeFileAtomic(path, '<p>Care wealth</p>');
    writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('leaves an existing file intact and says why when the write fails', () => {
    const dir = tempDir();
    const path = join(dir, 'map.png');
    writeFileSync(path, 'the old picture');
    // A folder where the temporary file should go makes the write fail the way a full or locked disk does.
    const underFile = join(path, 'inside.png');
    expect(() => writeFileAtomic(underFile, 'new')).toThrow(
      'Caremap could not save "inside.png": part of that path is a file, not a folder. Choose another folder. Nothing was changed.',
    );
    if (process.getuid?.() !== 0) {
      chmodSync(dir, 0o500);
      try {
        expect(() => writeFileAtomic(path, 'the new picture')).toThrow(/not allowed to write there/);
      } finally {
        chmodSync(dir, 0o700);
      }
    }
    expect(readFileSync(path, 'utf8')).toBe('the old picture');
    expect(readdirSync(dir)).toEqual(['map.png']);
  });
});

describe('files.saveAs', () => {
  it('in browser mode answers "not supported", so the renderer downloads instead', async () => {
    const { backend } = createTempBackend();
    const input = parseRequest('files.saveAs', {
      suggestedName: 'Map.png',
      base64: 'AQID',
      filterName: 'PNG picture',
      extensions: ['png'],
    });
    expect(await backend.handlers['files.saveAs'](input)).toEqual({ path: null, supported: false });
  });

  it('in Electron writes the bytes where the facilitator chose', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const target = join(dir, 'out', 'Map.png');
    const { backend } = createTempBackend({
      mode: 'electron',
      dialogs: {
        chooseMapToOpen: async () => null,
        chooseNewMapPath: async () => null,
        chooseSavePath: async () => target,
      },
    });
    const input = parseRequest('files.saveAs', {
      suggestedName: 'Map.png',
      base64: Buffer.from('picture').toString('base64'),
      filterName: 'PNG picture',
      extensions: ['png'],
    });
    expect(await backend.handlers['files.saveAs'](input)).toEqual({ path: target, supported: true });
    expect(readFileSync(target, 'utf8')).toBe('picture');
  });

  it('refuses a name with a folder in it, or data that is not base64', () => {
    expect(() =>
      parseRequest('files.saveAs', {
        suggestedName: '../evil.png',
        base64: 'AQID',
        filterName: 'x',
        extensions: ['png'],
      }),
    ).toThrow(/cannot contain/);
    expect(() =>
      parseRequest('files.saveAs', { suggestedName: 'a.png', base64: '<svg>', filterName: 'x', extensions: ['png'] }),
    ).toThrow(/not base64/);
  });
});
