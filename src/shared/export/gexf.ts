// Writes a map as GEXF 1.3 for Gephi, valid against GEXF 1.3's grammar: declared node and edge attributes with
// their values, and viz: colour, size and position so the map opens looking as it does in Caremap. Directions: a
// map with no directed tie is an undirected graph; otherwise the graph is directed, a one-way tie is a directed
// edge and a mutual or undirected tie a "mutual" one (networkx and Gephi read it as both ways; its Direction
// attribute still says which it was). networkx refuses an "undirected" edge in a directed graph, so none is written.
import type { MapDocument } from '../domain';
import { actorAttributes, attributeText, STRENGTH_WEIGHT, tieAttributes, type AttributeDef } from './export-attributes';
import { graphEdges, graphIsDirected, nodeIds } from './graph-edges';
import { hexToRgb, xmlAttr } from './xml';

const NODE_SIZE = 10;
const EDGE_TYPE = { 'one-way': 'directed', mutual: 'mutual', none: 'mutual' } as const;

function declarations<R>(defs: AttributeDef<R>[], cls: 'node' | 'edge'): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...defs.map((d) => `      <attribute id="${d.id}" title="${xmlAttr(d.title)}" type="${d.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues<R>(defs: AttributeDef<R>[], record: R): string[] {
  const values: string[] = [];
  for (const d of defs) {
    const text = attributeText(d.value(record));
    if (text !== null) values.push(`          <attvalue for="${d.id}" value="${xmlAttr(text)}"/>`);
  }
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}

export function mapToGexf(doc: MapDocument, exportedOn: string): string {
  const nodeDefs = actorAttributes(doc);
  const edgeDefs = tieAttributes(doc);
  const kinds = new Map(doc.kinds.map((k) => [k.id as string, k]));
  const directed = graphIsDirected(doc);
  const nodes = nodeIds(doc);
  const edgeIds = new Map(graphEdges(doc, nodes, false).map((e) => [e.tie.id as string, e.id]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // No xsi:schemaLocation: the 1.3 grammar does not allow it, and the published XSD misplaces viz: (see README).
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${xmlAttr(exportedOn)}">`,
    '    <creator>Caremap</creator>',
    `    <description>${xmlAttr(doc.info.name)}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="${directed ? 'directed' : 'undirected'}" mode="static">`,
    ...declarations(nodeDefs, 'node'),
    ...declarations(edgeDefs, 'edge'),
    '    <nodes>',
  ];
  for (const a of doc.actors) {
    const [r, g, b] = hexToRgb(kinds.get(a.kindId)?.colour ?? '#888888');
    out.push(
      `      <node id="${nodes.get(a.id)!}" label="${xmlAttr(a.name)}">`,
      ...attvalues(nodeDefs, a),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:size value="${NODE_SIZE}"/>`,
      // Gephi's y axis points up, the canvas's down: flipped so the map is not upside down.
      `        <viz:position x="${a.x}" y="${-a.y}" z="0"/>`,
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  doc.ties.forEach((t) => {
    const source = nodes.get(t.fromId);
    const target = nodes.get(t.toId);
    if (source === undefined || target === undefined) return;
    const type = directed ? ` type="${EDGE_TYPE[t.direction]}"` : '';
    out.push(
      `      <edge id="${edgeIds.get(t.id)!}" source="${source}" target="${target}"${type} weight="${STRENGTH_WEIGHT[t.strength]}">`,
      ...attvalues(edgeDefs, t),
      '      </edge>',
    );
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
