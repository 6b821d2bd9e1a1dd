// map.current's answer as JSON: the same value as JSON.stringify gives, with the packed canvas's text made once per
// canvas object, so an unchanged map is not serialised again and an edited one always is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { warmCanvasText, wireJson } from '../../../src/main/transport/wire-json';
import { unpackCanvasDocument, type CanvasPayload } from '../../../src/shared/canvas-pack';
import { parseRequest } from '../../../src/shared/validate';

let t: TempBackend;
beforeEach(() => {
  t = createTempBackend();
  t.backend.openInitialMap(`${t.mapsFolder}/Wire.caremap`);
});
afterEach(() => t.dispose());

const current = async () => (await t.backend.handlers['map.current'](parseRequest('map.current', {})))!;
const wire = (value: CanvasPayload) => wireJson('map.current', { ok: true, value });

describe('wireJson', () => {
  it('says exactly what JSON.stringify says of map.current, canvas and all', async () => {
    const payload = await current();
    expect(JSON.parse(wire(payload))).toEqual(JSON.parse(JSON.stringify({ ok: true, value: payload })));
  });

  it('answers an edit made since, never the text of the map before it', async () => {
    const before = await current();
    warmCanvasText(before);
    const kindId = before.kinds[0]!.id;
    await t.backend.handlers['actors.create'](parseRequest('actors.create', { name: 'Dee', kindId, x: 1, y: 2 }));
    const after = await current();
    const sent = JSON.parse(wire(after)) as { value: CanvasPayload };
    expect(unpackCanvasDocument(sent.value).actors.map((a) => a.name)).toContain('Dee');
    expect(sent.value.history.canUndo).toBe(true);
  });

  it('reuses the canvas text while the canvas object is the same', async () => {
    const payload = await current();
    const text = wire(payload);
    // The same canvas object with a changed name shows the text was not made again (made once per object).
    payload.canvas.names.push('not sent');
    expect(wire(payload)).toBe(text);
    expect(wire({ ...payload, canvas: { ...payload.canvas } })).toContain('not sent');
  });

  it('leaves other answers and errors to JSON.stringify', () => {
    const value = { canvas: { a: 1 }, other: 2 };
    expect(wireJson('records.details', { ok: true, value })).toBe(JSON.stringify({ ok: true, value }));
    const error = { ok: false as const, error: { code: 'internal' as const, message: 'x' } };
    expect(wireJson('map.current', error)).toBe(JSON.stringify(error));
  });
});
