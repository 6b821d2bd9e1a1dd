// Gephi's two-table export (nodes + edges) imports as one import matched by Id; an edges table alone is matched by the
// Id an earlier import kept, or refused naming the missing file; an edge to an unknown Id is a problem, never an actor.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImportFiles, type ImportFileBytes } from '../../../src/shared/import';
import { commitImport, previewImport } from '../../../src/main/import/commit-import';
import { runCli } from '../../../src/cli/caremap';
import { openMapStore } from '../../../src/main/store';
import { newMap, tempDir } from '../store/temp-maps';
import { actorNamed, utf8 } from './import-helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'gephi');
const file = (name: string): ImportFileBytes => ({
  fileName: name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
});
const nodes = () => file('les-miserables-nodes.csv');
const edges = () => file('les-miserables-edges.csv');
const linked = (store: ReturnType<typeof newMap>, a: string, b: string) => {
  const [x, y] = [actorNamed(store, a).id, actorNamed(store, b).id];
  return store.ties().some((t) => (t.fromId === x && t.toId === y) || (t.fromId === y && t.toId === x));
};

describe('Gephi nodes + edges tables', () => {
  it('chosen together: 77 actors and 254 ties on the right actors, matched by Id, in either order', () => {
    for (const order of [
      [nodes(), edges()],
      [edges(), nodes()],
    ]) {
      const store = newMap();
      const workbook = readImportFiles(order);
      expect(workbook.fileName).toBe(`${order[0]!.fileName} + ${order[1]!.fileName}`);
      const shown = previewImport(store, 'pair', workbook, {});
      expect(shown.choices).toMatchObject({ actorSheet: 'les-miserables-nodes', tieSheet: 'les-miserables-edges' });
      const result = commitImport(store, workbook, {});
      // The edges' extra column is a number field of the ties now, not a problem.
      expect(result.summary).toMatchObject({
        counts: { actorsAdded: 77, tiesAdded: 254, newFields: 4 },
        problemCount: 0,
      });
      const cooccurrence = store.taxonomy().customFields.find((f) => f.name === 'cooccurrence')!;
      expect(cooccurrence).toMatchObject({ appliesTo: 'tie', type: 'number' });
      expect(store.ties().filter((t) => typeof t.customValues[cooccurrence.id] === 'number')).toHaveLength(254);
      expect(store.actors()).toHaveLength(77);
      expect(linked(store, 'Valjean', 'Javert')).toBe(true);
      expect(linked(store, 'Myriel', 'Napoleon')).toBe(true);
      expect(linked(store, 'Napoleon', 'Valjean')).toBe(false);
      expect(store.actors().some((a) => /^\d+$/.test(a.name))).toBe(false);
    }
  });

  it('an edges table alone is matched by the Id the nodes import kept', () => {
    const store = newMap();
    commitImport(store, readImportFiles([nodes()]), {});
    const result = commitImport(store, readImportFiles([edges()]), {});
    expect(result.summary).toMatchObject({ counts: { actorsAdded: 0, tiesAdded: 254 }, problemCount: 0 });
    expect(linked(store, 'Valjean', 'Javert')).toBe(true);
  });

  it('an edges table alone on a map without those Ids is refused, saying the nodes file is missing; the map is untouched', () => {
    const store = newMap();
    expect(() => previewImport(store, 'e', readImportFiles([edges()]), { unknownActors: 'create' })).toThrow(
      /^“les-miserables-edges.csv” holds only edges, and their Source and Target are node Ids \(such as “11”\) from a nodes file that was not chosen with it\. Choose the nodes file and the edges file together/,
    );
    expect(store.actors()).toHaveLength(0);
  });

  it('an edge whose end matches no Id is a problem listed by row, never a new actor, even with “create missing” chosen', () => {
    const store = newMap();
    const pair = [
      { fileName: 'n.csv', bytes: utf8('Id,Label\n1,Ada\n2,Bea\n') },
      { fileName: 'e.csv', bytes: utf8('Source,Target,Type\n1,2,Directed\n1,99,Directed\n') },
    ];
    const result = commitImport(store, readImportFiles(pair), { unknownActors: 'create' });
    expect(result.summary.counts).toMatchObject({ actorsAdded: 2, tiesAdded: 1 });
    expect(result.summary.problems).toEqual([
      {
        sheet: 'e',
        row: 3,
        column: 'B (Target)',
        message: 'No node has the Id “99” in “n”, so this tie is not imported.',
        outcome: 'skipped',
      },
    ]);
    expect(
      store
        .actors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Ada', 'Bea']);
  });

  it('matches ends by Id only: a label that equals an unknown Id does not catch the tie; labels alone still work', () => {
    const store = newMap();
    const pair = [
      { fileName: 'n.csv', bytes: utf8('Id,Label\n1,3\n2,Bea\n') },
      { fileName: 'e.csv', bytes: utf8('Source,Target\n2,1\n2,3\n') },
    ];
    const result = commitImport(store, readImportFiles(pair), {});
    expect(result.summary.counts.tiesAdded).toBe(1);
    expect(result.summary.problems.map((p) => [p.row, p.message])).toEqual([
      [3, 'No node has the Id “3” in “n”, so this tie is not imported.'],
    ]);

    const byLabel = newMap();
    const labels = [
      { fileName: 'n.csv', bytes: utf8('Id,Label\n1,Ada\n2,Bea\n') },
      { fileName: 'e.csv', bytes: utf8('Source,Target\nAda,Bea\n') },
    ];
    expect(commitImport(byLabel, readImportFiles(labels), {}).summary).toMatchObject({
      counts: { tiesAdded: 1 },
      problemCount: 0,
    });
  });

  it('refuses more than four files, naming them', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ fileName: `f${i}.csv`, bytes: utf8('Name\nAda\n') }));
    expect(() => readImportFiles(many)).toThrow(/^5 files were chosen at once \(“f0.csv”, “f1.csv”/);
  });

  it('the command line imports the pair with --with', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'nodes.csv'), nodes().bytes);
    writeFileSync(join(dir, 'edges.csv'), edges().bytes);
    const map = join(dir, 'les.caremap');
    const out: string[] = [];
    const code = await runCli(
      ['import', join(dir, 'nodes.csv'), '--with', join(dir, 'edges.csv'), '--into', map, '--json'],
      { out: (t) => out.push(t), err: (t) => out.push(t) },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({
      fileName: 'nodes.csv + edges.csv',
      counts: { actorsAdded: 77, tiesAdded: 254 },
      problemCount: 0,
    });
    const store = openMapStore(map);
    try {
      expect(store.counts()).toMatchObject({ actors: 77, ties: 254 });
    } finally {
      store.close();
    }
  });
});
