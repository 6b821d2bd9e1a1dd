// Writes a map as GraphML valid against graphml.xsd (with yWorks' extension for its graphics): plain <key>s for
// every attribute (Gephi, Cytoscape, networkx, igraph read these) and yEd's own y:ShapeNode / y:PolyLineEdge
// graphics, so the file opens in yEd with names, colours, shapes and positions. Directions: see graph-edges.ts.
import type { KindShape, MapDocument } from '../domain';
import { actorAttributes, attributeText, STRENGTH_WEIGHT, tieAttributes, type AttributeDef } from './export-attributes';
import { graphEdges, graphIsDirected, nodeIds } from './graph-edges';
import { hexToRgb, xmlAttr, xmlText } from './xml';

const YED_SHAPES: Record<KindShape, string> = {
  circle: 'ellipse',
  rounded: 'roundrectangle',
  square: 'rectangle',
  diamond: 'diamond',
  hexagon: 'hexagon',
  triangle: 'triangle',
};
const NODE_SIZE = 30;

/**
 * graphml.xsd types attr.name as an XML name token (no spaces): "Care offers" is written Care_offers, and the
 * title as people read it goes in the key's <desc>. Names are made unique, so no reader merges two columns.
 */
export function graphmlAttrName(title: string, taken: Set<string>): string {
  const base =
    title
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}._:-]+/gu, '_')
      .replace(/^_+|_+$/g, '') || 'field';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

function keyLines<R>(defs: AttributeDef<R>[], target: 'node' | 'edge', prefix: string, taken: Set<string>): string[] {
  return defs.map((d) => {
    const name = graphmlAttrName(d.title, taken);
    const type = `attr.type="${d.type}"`;
    if (name === d.title) return `  <key id="${prefix}${d.id}" for="${target}" attr.name="${name}" ${type}/>`;
    return `  <key id="${prefix}${d.id}" for="${target}" attr.name="${xmlAttr(name)}" ${type}><desc>${xmlText(d.title)}</desc></key>`;
  });
}

function dataLines<R>(defs: AttributeDef<R>[], record: R, prefix: string): string[] {
  const lines: string[] = [];
  for (const d of defs) {
    const text = attributeText(d.value(record));
    if (text !== null) lines.push(`      <data key="${prefix}${d.id}">${xmlText(text)}</data>`);
  }
  return lines;
}

export function mapToGraphml(doc: MapDocument): string {
  const nodeDefs = actorAttributes(doc);
  const edgeDefs = tieAttributes(doc);
  const kinds = new Map(doc.kinds.map((k) => [k.id as string, k]));
  const tieTypes = new Map(doc.tieTypes.map((t) => [t.id as string, t]));
  const directed = graphIsDirected(doc);
  const nodes = nodeIds(doc);
  // Gephi reads label, x, y, r, g, b and weight by these names; they are reserved before the map's own fields.
  const taken = new Set(['label', 'x', 'y', 'r', 'g', 'b', 'weight', 'tie']);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xmlns:y="http://www.yworks.com/xml/graphml"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="r" for="node" attr.name="r" attr.type="int"/>',
    '  <key id="g" for="node" attr.name="g" attr.type="int"/>',
    '  <key id="b" for="node" attr.name="b" attr.type="int"/>',
    ...keyLines(nodeDefs, 'node', 'n_', taken),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="tie" for="edge" attr.name="tie" attr.type="int"><desc>The tie this edge belongs to: a mutual or undirected tie is written as two edges, one each way</desc></key>',
    ...keyLines(edgeDefs, 'edge', 'e_', taken),
    '  <key id="ng" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="eg" for="edge" yfiles.type="edgegraphics"/>',
    `  <graph id="G" edgedefault="${directed ? 'directed' : 'undirected'}">`,
    `    <desc>${xmlText(doc.info.name)}</desc>`,
  ];
  for (const a of doc.actors) {
    const kind = kinds.get(a.kindId);
    const colour = kind?.colour ?? '#888888';
    const [r, g, b] = hexToRgb(colour);
    out.push(
      `    <node id="${nodes.get(a.id)!}">`,
      // yEd's graphics first: networkx takes x and y from them too (the corner, as text), and the plain values after win.
      '      <data key="ng"><y:ShapeNode>',
      `        <y:Geometry x="${a.x - NODE_SIZE / 2}" y="${a.y - NODE_SIZE / 2}" width="${NODE_SIZE}" height="${NODE_SIZE}"/>`,
      `        <y:Fill color="${xmlAttr(colour.toUpperCase())}" transparent="false"/>`,
      '        <y:BorderStyle color="#333333" type="line" width="1.0"/>',
      `        <y:NodeLabel modelName="sides" modelPosition="s">${xmlText(a.name)}</y:NodeLabel>`,
      `        <y:Shape type="${YED_SHAPES[kind?.shape ?? 'circle']}"/>`,
      '      </y:ShapeNode></data>',
      `      <data key="label">${xmlText(a.name)}</data>`,
      `      <data key="x">${a.x}</data>`,
      `      <data key="y">${a.y}</data>`,
      `      <data key="r">${r}</data>`,
      `      <data key="g">${g}</data>`,
      `      <data key="b">${b}</data>`,
      ...dataLines(nodeDefs, a, 'n_'),
      '    </node>',
    );
  }
  for (const edge of graphEdges(doc, nodes, directed)) {
    const t = edge.tie;
    const colour = (t.tieTypeId ? tieTypes.get(t.tieTypeId)?.colour : undefined) ?? '#666666';
    // Each edge of a mutual pair draws its own arrow, so yEd shows both heads; an undirected tie has none.
    const arrow = t.direction === 'none' ? 'none' : 'standard';
    out.push(
      `    <edge id="${edge.id}" source="${edge.source}" target="${edge.target}">`,
      `      <data key="weight">${STRENGTH_WEIGHT[t.strength]}</data>`,
      `      <data key="tie">${edge.tieNumber}</data>`,
      ...dataLines(edgeDefs, t, 'e_'),
      '      <data key="eg"><y:PolyLineEdge>',
      `        <y:LineStyle color="${xmlAttr(colour.toUpperCase())}" type="line" width="${STRENGTH_WEIGHT[t.strength]}.0"/>`,
      `        <y:Arrows source="none" target="${arrow}"/>`,
      '      </y:PolyLineEdge></data>',
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
