// import.read takes several files as one import (Gephi's nodes and edges tables) through the validated API, one
// undo step on commit; too many files are refused by the schema with a sentence, and the map is untouched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../src/shared/api';
import type { ImportCommitOutput, ImportPreview } from '../../../src/shared/import';
import { CaremapError } from '../../../src/shared/errors';
import { parseRequest } from '../../../src/shared/validate';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { unpackCanvasDocument } from '../../../src/shared/canvas-pack';

let t: TempBackend;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function call(name: OperationName, raw: unknown): Promise<unknown> {
  const handler = t.backend.handlers[name] as (input: unknown) => unknown;
  return handler(parseRequest(name, raw));
}

beforeEach(() => {
  t = createTempBackend();
  t.backend.openInitialMap(`${t.mapsFolder}/Pair.caremap`);
});
afterEach(() => t.dispose());

describe('import.read with more files', () => {
  it('reads a nodes and an edges CSV as one import and commits it as one undo step', async () => {
    const nodes = { fileName: 'nodes.csv', base64: b64('Id,Label\n1,Ada\n2,Bea\n3,Cy\n') };
    const edges = { fileName: 'edges.csv', base64: b64('Source,Target,Type\n1,2,Directed\n2,3,Undirected\n') };
    const preview = (await call('import.read', { ...edges, more: [nodes] })) as ImportPreview;
    expect(preview).toMatchObject({
      fileName: 'edges.csv + nodes.csv',
      layout: 'gephi',
      counts: { actorsAdded: 3, tiesAdded: 2 },
      problemCount: 0,
    });
    const result = (await call('import.commit', { importId: preview.importId })) as ImportCommitOutput;
    expect(result.summary.counts).toMatchObject({ actorsAdded: 3, tiesAdded: 2 });
    const doc = unpackCanvasDocument((await t.backend.handlers['map.current'](undefined))!);
    expect(doc.ties.map((tie) => tie.direction).sort()).toEqual(['none', 'one-way']);
    expect(doc.history.undoLabel).toBe('Import “edges.csv + nodes.csv”');
    await call('history.undo', undefined);
    const after = unpackCanvasDocument((await t.backend.handlers['map.current'](undefined))!);
    expect([after.actors.length, after.ties.length, after.history.canUndo]).toEqual([0, 0, false]);
  });

  it('refuses five files at once with a sentence, reading none', async () => {
    const file = { fileName: 'x.csv', base64: b64('Name\nAda\n') };
    let error: unknown;
    try {
      await call('import.read', { ...file, more: [file, file, file, file] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CaremapError);
    expect((error as CaremapError).message).toMatch(/Caremap imports up to 4 files together\. Choose fewer\./);
    expect((await t.backend.handlers['map.current'](undefined))!.canvas.actorIds).toHaveLength(0);
  });
});
