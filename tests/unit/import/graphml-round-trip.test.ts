// Caremap's own GraphML imports back as the ties it was written from: a mutual or undirected tie, written as two
// edges (one each way) so networkx and igraph read the mixed graph, comes back as one tie with its direction.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeDemoMap } from '../../../src/main/demo/build-demo-map';
import { openMapStore } from '../../../src/main/store';
import { buildExport } from '../../../src/shared/export/build-export';
import { newMap, tempDir } from '../store/temp-maps';
import { importFile } from './import-helpers';

describe('GraphML round trip', () => {
  it('brings back every tie once, one-way, mutual and undirected alike, between the same actors', () => {
    const file = join(tempDir(), 'demo.caremap');
    writeDemoMap(file);
    const source = openMapStore(file);
    const doc = source.document();
    source.close();
    const directions = new Set(doc.ties.map((t) => t.direction));
    expect(directions.has('mutual') || directions.has('none')).toBe(true);

    const [graphml] = buildExport(doc, 'graphml', { anonymise: false, exportedOn: '2026-12-06' });
    const target = newMap();
    importFile(target, graphml!.name, graphml!.bytes);
    const name = (store: typeof target | null, id: string) =>
      (store ? store.actors() : doc.actors).find((a) => a.id === id)!.name;
    const tieKey = (from: string, to: string, direction: string) =>
      direction === 'one-way' ? `${from} → ${to}` : `${[from, to].sort().join(' — ')} (${direction})`;
    const before = doc.ties.map((t) => tieKey(name(null, t.fromId), name(null, t.toId), t.direction)).sort();
    const after = target
      .ties()
      .map((t) => tieKey(name(target, t.fromId), name(target, t.toId), t.direction))
      .sort();
    expect(after).toEqual(before);
    // The pairing marker and the direction column are read, not kept as fields of their own.
    expect(target.document().customFields.map((f) => f.name)).not.toContain('tie');
    expect(target.document().customFields.map((f) => f.name)).not.toContain('Direction');
    target.close();
  });
});
