// Gephi Lite reads GEXF and GraphML with graphology-gexf and graphology-graphml: the demo map's exports, read by them,
// keep every actor with its name, kind, colour and place, and every tie with its direction. (Gephi desktop is Java and
// cannot run on our build machines; Gephi Lite's readers are the same project's, in JavaScript.)
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { writeDemoMap } from '../../../src/main/demo/build-demo-map';
import { openMapStore } from '../../../src/main/store';
import type { MapDocument } from '../../../src/shared/domain';
import { buildExport } from '../../../src/shared/export/build-export';
import { hexToRgb } from '../../../src/shared/export/xml';
import { tempDir } from '../store/temp-maps';

function demo(): MapDocument {
  const file = join(tempDir(), 'demo.caremap');
  writeDemoMap(file);
  const store = openMapStore(file);
  const doc = store.document();
  store.close();
  return doc;
}

const text = (doc: MapDocument, format: 'gexf' | 'graphml') =>
  Buffer.from(buildExport(doc, format, { anonymise: false, exportedOn: '2026-12-06' })[0]!.bytes).toString('utf8');

describe("Gephi Lite's readers", () => {
  const doc = demo();
  const kinds = new Map(doc.kinds.map((k) => [k.id as string, k]));
  const oneWay = doc.ties.filter((t) => t.direction === 'one-way');
  const bothWays = doc.ties.filter((t) => t.direction !== 'one-way');

  it('graphology-gexf: actors with names, kinds, colours and places; ties with their directions', () => {
    expect(bothWays.length).toBeGreaterThan(0);
    const graph = gexf.parse(Graph, text(doc, 'gexf'));
    expect(graph.order).toBe(doc.actors.length);
    expect(graph.directedSize).toBe(oneWay.length);
    expect(graph.undirectedSize).toBe(bothWays.length);
    const byLabel = new Map(
      graph.mapNodes((node, attributes) => [attributes['label'] as string, { node, attributes }]),
    );
    for (const actor of doc.actors) {
      const read = byLabel.get(actor.name);
      expect(read, actor.name).toBeDefined();
      const [r, g, b] = hexToRgb(kinds.get(actor.kindId)!.colour);
      expect(read!.attributes).toMatchObject({
        kind: kinds.get(actor.kindId)!.name,
        color: `rgb(${r},${g},${b})`,
        x: actor.x,
        y: actor.y === 0 ? 0 : -actor.y,
      });
    }
    const name = new Map(doc.actors.map((a) => [a.id as string, a.name]));
    for (const tie of oneWay) {
      const [from, to] = [byLabel.get(name.get(tie.fromId)!)!.node, byLabel.get(name.get(tie.toId)!)!.node];
      expect(graph.hasDirectedEdge(from, to), `${name.get(tie.fromId)} → ${name.get(tie.toId)}`).toBe(true);
    }
  });

  it('graphology-graphml: every actor, every one-way tie once and every two-way tie both ways', () => {
    const graph = graphml.parse(Graph, text(doc, 'graphml'));
    expect(graph.order).toBe(doc.actors.length);
    expect(graph.size).toBe(oneWay.length + 2 * bothWays.length);
    const labels = graph.mapNodes((_node, attributes) => attributes['label']);
    expect(labels.sort()).toEqual(doc.actors.map((a) => a.name).sort());
  });
});
