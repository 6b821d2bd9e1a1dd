// Writes a map as GraphML: plain <key>s for every attribute (Gephi, Cytoscape, NetworkX read these) and yEd's own
// y:ShapeNode / y:PolyLineEdge graphics, so the file opens in yEd with names, colours, shapes and positions.
import type { KindShape, MapDocument } from '../domain';
import { actorAttributes, attributeText, STRENGTH_WEIGHT, tieAttributes, type AttributeDef } from './export-attributes';
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

function keyLines<R>(defs: AttributeDef<R>[], target: 'node' | 'edge', prefix: string): string[] {
  return defs.map((d) => `  <key id="${prefix}${d.id}" for="${target}" attr.name="${xmlAttr(d.title)}" attr.type="${d.type}"/>`);
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
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xmlns:y="http://www.yworks.com/xml/graphml"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    // Gephi reads label, x, y, r, g, b and weight by these names.
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="r" for="node" attr.name="r" attr.type="int"/>',
    '  <key id="g" for="node" attr.name="g" attr.type="int"/>',
    '  <key id="b" for="node" attr.name="b" attr.type="int"/>',
    ...keyLines(nodeDefs, 'node', 'n_'),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...keyLines(edgeDefs, 'edge', 'e_'),
    '  <key id="ng" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="eg" for="edge" yfiles.type="edgegraphics"/>',
    `  <graph id="${xmlAttr(doc.info.name || 'map')}" edgedefault="directed">`,
  ];
  for (const a of doc.actors) {
    const kind = kinds.get(a.kindId);
    const colour = kind?.colour ?? '#888888';
    const [r, g, b] = hexToRgb(colour);
    out.push(
      `    <node id="${xmlAttr(a.id)}">`,
      `      <data key="label">${xmlText(a.name)}</data>`,
      `      <data key="x">${a.x}</data>`,
      `      <data key="y">${a.y}</data>`,
      `      <data key="r">${r}</data>`,
      `      <data key="g">${g}</data>`,
      `      <data key="b">${b}</data>`,
      ...dataLines(nodeDefs, a, 'n_'),
      '      <data key="ng"><y:ShapeNode>',
      `        <y:Geometry x="${a.x - NODE_SIZE / 2}" y="${a.y - NODE_SIZE / 2}" width="${NODE_SIZE}" height="${NODE_SIZE}"/>`,
      `        <y:Fill color="${xmlAttr(colour.toUpperCase())}" transparent="false"/>`,
      '        <y:BorderStyle color="#333333" type="line" width="1.0"/>',
      `        <y:NodeLabel modelName="sides" modelPosition="s">${xmlText(a.name)}</y:NodeLabel>`,
      `        <y:Shape type="${YED_SHAPES[kind?.shape ?? 'circle']}"/>`,
      '      </y:ShapeNode></data>',
      '    </node>',
    );
  }
  for (const t of doc.ties) {
    const colour = (t.tieTypeId ? tieTypes.get(t.tieTypeId)?.colour : undefined) ?? '#666666';
    const arrows = t.direction === 'one-way' ? ['none', 'standard'] : t.direction === 'mutual' ? ['standard', 'standard'] : ['none', 'none'];
    out.push(
      `    <edge id="${xmlAttr(t.id)}" source="${xmlAttr(t.fromId)}" target="${xmlAttr(t.toId)}" directed="${t.direction === 'one-way'}">`,
      `      <data key="weight">${STRENGTH_WEIGHT[t.strength]}</data>`,
      ...dataLines(edgeDefs, t, 'e_'),
      '      <data key="eg"><y:PolyLineEdge>',
      `        <y:LineStyle color="${xmlAttr(colour.toUpperCase())}" type="line" width="${STRENGTH_WEIGHT[t.strength]}.0"/>`,
      `        <y:Arrows source="${arrows[0]}" target="${arrows[1]}"/>`,
      '      </y:PolyLineEdge></data>',
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
