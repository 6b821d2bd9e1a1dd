// The facilitator's Invite panel, its pure parts: the QR code's drawing and the sentences that follow the share state.
import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { qrPath, qrSide, QUIET_ZONE } from '../../../src/renderer/src/room-share/qr-path';
import { addedWords, codeExpiryWords, scanAddress, spacedCode } from '../../../src/renderer/src/room-share/share-words';

/** Reads the path back into the set of dark cells it paints. */
function paintedCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${Number(y)}`);
  }
  return cells;
}

describe('qrPath', () => {
  it('paints exactly the dark modules of a real QR code, inside its quiet zone', () => {
    const { modules } = create('http://192.168.1.20:48123/join#code=K7P2QX', { errorCorrectionLevel: 'M' });
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.data[row * modules.size + col]) dark.add(`${col + QUIET_ZONE},${row + QUIET_ZONE}`);
    expect(dark.size).toBeGreaterThan(100);
    expect(paintedCells(qrPath(modules))).toEqual(dark);
    expect(qrSide(modules.size)).toBe(modules.size + 8);
  });

  it('joins a row’s run of dark modules into one rectangle', () => {
    expect(qrPath({ size: 3, data: [1, 1, 0, 0, 0, 0, 1, 0, 1] })).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
  });
});

describe('share words', () => {
  const now = Date.parse('2026-12-06T19:00:00Z');
  it('says how long the code still admits people, and when to make a new one', () => {
    expect(codeExpiryWords('2026-12-06T19:08:30Z', now)).toBe('New people can join with this code for 9 more minutes.');
    expect(codeExpiryWords('2026-12-06T19:00:40Z', now)).toMatch(/less than a minute/);
    expect(codeExpiryWords('2026-12-06T18:59:00Z', now)).toMatch(/run out: make a new one/);
    expect(codeExpiryWords(null, now)).toBe('');
  });

  it('puts the code in the scanned address’s fragment, so a scan joins with one tap', () => {
    expect(scanAddress({ joinUrl: 'http://10.0.0.5:48123/join', joinCode: 'K7P2QX' })).toBe(
      'http://10.0.0.5:48123/join#code=K7P2QX',
    );
    expect(scanAddress({ joinUrl: null, joinCode: null })).toBeNull();
  });

  it('spaces long codes in threes for reading aloud, and counts additions', () => {
    expect(spacedCode('K7P2QX')).toBe('K7P 2QX');
    expect(spacedCode('K7P2')).toBe('K7P2');
    expect(addedWords(1)).toBe('1 added');
    expect(addedWords(12)).toBe('12 added');
  });
});
