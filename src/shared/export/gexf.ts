// Writes a map as GEXF 1.3 for Gephi: declared node and edge attributes with their values, and viz: colour,
// size and position so the map opens looking as it does in Caremap.
import type { MapDocument } from '../domain';
import { actorAttributes, attributeText, STRENGTH_WEIGHT, tieAttributes, type AttributeDef } from './export-attributes';
import { hexToRgb, xmlAttr } from './xml';

const NODE_SIZE = 10;
const EDGE_TYPE = { 'one-way': 'directed', mutual: 'mutual', none: 'undirected' } as const;

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
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlAttr(exportedOn)}">`,
    '    <creator>Caremap</creator>',
    `    <description>${xmlAttr(doc.info.name)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations(nodeDefs, 'node'),
    ...declarations(edgeDefs, 'edge'),
    '    <nodes>',
  ];
  for (const a of doc.actors) {
    const [r, g, b] = hexToRgb(kinds.get(a.kindId)?.colour ?? '#888888');
    out.push(
      `      <node id="${xmlAttr(a.id)}" label="${xmlAttr(a.name)}">`,
      ...attvalues(nodeDefs, a),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:size value="${NODE_SIZE}"/>`,
      // Gephi's y axis points up, the canvas's down: flipped so the map is not upside down.
      `        <viz:position x="${a.x}" y="${-a.y}" z="0"/>`,
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const t of doc.ties) {
    out.push(
      `      <edge id="${xmlAttr(t.id)}" source="${xmlAttr(t.fromId)}" target="${xmlAttr(t.toId)}" type="${EDGE_TYPE[t.direction]}" weight="${STRENGTH_WEIGHT[t.strength]}">`,
      ...attvalues(edgeDefs, t),
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
