// Reads GraphML as networkx, igraph, Gephi and yEd write it: <key> definitions (attr.name, default), <data> values,
// the graph's edgedefault and each edge's own "directed"; and yEd's graphics (y:ShapeNode and the like): the node's
// label, fill colour, size and position, the edge's label and arrows. yEd's groups (nested graphs) are read too:
// a group is an actor, and its members record it in a "Group" column.
import { attr, child, children, parseXmlSafely, textOf, type XmlNode } from './xml-safe';
import { graphWorkbook, refuseGraph, type EdgeDirection, type GraphEdge, type GraphNode } from './graph-table';
import type { RawWorkbook } from '../import-types';

interface Key {
  name: string;
  yfiles: string | undefined;
  fallback: string | undefined;
}

const MAX_GROUP_DEPTH = 50;

function keysFor(root: XmlNode, kind: 'node' | 'edge'): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    const target = attr(k, 'for') ?? 'all';
    if (id === undefined || (target !== kind && target !== 'all')) continue;
    const fallback = child(k, 'default');
    keys.set(id, {
      name: attr(k, 'attr.name') ?? id,
      yfiles: attr(k, 'yfiles.type'),
      fallback: fallback ? textOf(fallback) : undefined,
    });
  }
  return keys;
}

/** The first realizer yEd draws a node with (ShapeNode, GenericNode, SVGNode, ImageNode, a group's GroupNode…). */
function realizer(graphics: XmlNode): XmlNode | undefined {
  const proxy = child(graphics, 'ProxyAutoBoundsNode');
  if (proxy) {
    const realizers = child(proxy, 'Realizers');
    const active = Number(attr(realizers, 'active') ?? 0);
    return children(realizers, 'GroupNode')[active] ?? children(realizers, 'GroupNode')[0];
  }
  for (const [name, value] of Object.entries(graphics))
    if (!name.startsWith('@') && name !== '#text' && typeof value === 'object')
      return (Array.isArray(value) ? value[0] : value) as XmlNode;
  return undefined;
}

function applyNodeGraphics(node: GraphNode, graphics: XmlNode): void {
  const shape = realizer(graphics);
  if (!shape) return;
  const label = children(shape, 'NodeLabel')
    .map(textOf)
    .find((t) => t.trim() !== '');
  if (label !== undefined) node.label = label.trim();
  const fill = attr(child(shape, 'Fill'), 'color');
  if (fill) node.colour = fill.slice(0, 7);
  const geometry = child(shape, 'Geometry');
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(attr(geometry, a)));
  // yEd gives the top-left corner; the map places actors by their centre.
  if (Number.isFinite(x) && Number.isFinite(y)) Object.assign(node, { x: x! + (w || 0) / 2, y: y! + (h || 0) / 2 });
  if (Number.isFinite(w) && w! > 0) node.size = Math.max(w!, h || 0);
}

function edgeGraphics(edge: GraphEdge, graphics: XmlNode): void {
  const line = realizer(graphics);
  if (!line) return;
  const label = children(line, 'EdgeLabel')
    .map(textOf)
    .find((t) => t.trim() !== '');
  if (label !== undefined) edge.label = label.trim();
  const arrows = child(line, 'Arrows');
  if (!arrows) return;
  const toTarget = (attr(arrows, 'target') ?? 'none') !== 'none';
  const toSource = (attr(arrows, 'source') ?? 'none') !== 'none';
  // The arrows drawn are what the author meant, whatever the graph's default says.
  if (toTarget && toSource) edge.direction = 'mutual';
  else if (toTarget) edge.direction = 'directed';
  else if (toSource) Object.assign(edge, { source: edge.target, target: edge.source, direction: 'directed' });
  else edge.direction = 'undirected';
}

const channel = (text: string | undefined) =>
  Math.max(0, Math.min(255, Math.round(Number(text))))
    .toString(16)
    .padStart(2, '0');
const numeric = (text: string | undefined) =>
  text !== undefined && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;

/** Gephi's and sigma's GraphML keep the drawing as plain attributes (r, g, b, x, y, size): they become the node's own. */
function takeDrawing(node: GraphNode): void {
  const a = node.attributes;
  const key = (name: string) => Object.keys(a).find((k) => k.toLowerCase() === name);
  const [r, g, b, x, y, size] = ['r', 'g', 'b', 'x', 'y', 'size'].map(key);
  if (r && g && b && [a[r], a[g], a[b]].every((v) => numeric(v) !== undefined)) {
    node.colour = `#${channel(a[r])}${channel(a[g])}${channel(a[b])}`;
    for (const k of [r, g, b]) delete a[k];
  }
  if (x && y && numeric(a[x]) !== undefined && numeric(a[y]) !== undefined) {
    Object.assign(node, { x: numeric(a[x]), y: numeric(a[y]) });
    delete a[x];
    delete a[y];
  }
  if (size && numeric(a[size]) !== undefined) {
    node.size = numeric(a[size]);
    delete a[size];
  }
}

function dataValues(
  element: XmlNode,
  keys: Map<string, Key>,
): { values: Record<string, string>; graphics: XmlNode | undefined } {
  const values: Record<string, string> = {};
  for (const key of keys.values())
    if (!key.yfiles && key.fallback !== undefined && key.fallback !== '') values[key.name] = key.fallback;
  let graphics: XmlNode | undefined;
  for (const d of children(element, 'data')) {
    const key = keys.get(attr(d, 'key') ?? '');
    if (!key) continue;
    if (key.yfiles) {
      if (key.yfiles === 'nodegraphics' || key.yfiles === 'edgegraphics') graphics = d;
      continue;
    }
    const text = textOf(d).trim();
    if (text !== '') values[key.name] = text;
  }
  return { values, graphics };
}

export function readGraphml(fileName: string, bytes: Uint8Array): RawWorkbook {
  const root = child(parseXmlSafely(fileName, bytes, 'GraphML'), 'graphml');
  const top = child(root, 'graph');
  if (!root || !top)
    throw refuseGraph(fileName, `“${fileName}” is not a GraphML file: it has no <graphml> with a <graph> in it.`);
  const nodeKeys = keysFor(root, 'node');
  const edgeKeys = keysFor(root, 'edge');
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const walk = (graph: XmlNode, group: string | null, depth: number) => {
    if (depth > MAX_GROUP_DEPTH)
      throw refuseGraph(
        fileName,
        `“${fileName}” has groups nested more than ${MAX_GROUP_DEPTH} deep, so Caremap cannot read it.`,
      );
    const fallback: EdgeDirection = attr(graph, 'edgedefault') === 'undirected' ? 'undirected' : 'directed';
    for (const n of children(graph, 'node')) {
      const id = attr(n, 'id');
      if (id === undefined) continue;
      const { values, graphics } = dataValues(n, nodeKeys);
      const node: GraphNode = { id, label: id, attributes: values };
      // networkx and igraph keep the name in a "label" or "name" attribute; yEd in its node label.
      const named = Object.keys(values).find((k) => /^(label|name)$/i.test(k));
      if (named) {
        node.label = values[named]!;
        delete values[named];
      }
      takeDrawing(node);
      if (graphics) applyNodeGraphics(node, graphics);
      if (group !== null) node.attributes = { ...node.attributes, Group: group };
      nodes.push(node);
      for (const inner of children(n, 'graph')) walk(inner, node.label, depth + 1);
    }
    for (const e of children(graph, 'edge')) {
      const source = attr(e, 'source');
      const target = attr(e, 'target');
      if (source === undefined || target === undefined) continue;
      const directed = attr(e, 'directed');
      const { values, graphics } = dataValues(e, edgeKeys);
      const edge: GraphEdge = {
        source,
        target,
        direction: directed === undefined ? fallback : directed === 'true' ? 'directed' : 'undirected',
        attributes: values,
      };
      const weight = Object.keys(values).find((k) => /^weight$/i.test(k));
      if (weight) {
        edge.weight = values[weight]!;
        delete values[weight];
      }
      const label = Object.keys(values).find((k) => /^label$/i.test(k));
      if (label) {
        edge.label = values[label]!;
        delete values[label];
      }
      if (graphics) edgeGraphics(edge, graphics);
      edges.push(edge);
    }
  };
  for (const graph of children(root, 'graph')) walk(graph, null, 0);
  return graphWorkbook(fileName, { nodes, edges: foldCaremapPairs(edges) });
}

const DIRECTION_WORDS: Record<string, EdgeDirection> = {
  directed: 'directed',
  mutual: 'mutual',
  undirected: 'undirected',
};

/**
 * Caremap's own GraphML writes a mutual or undirected tie as two edges, one each way, sharing a "tie" number (so
 * networkx and igraph read a mixed graph): read back, the pair is one tie again, with the direction it was written with.
 * Files from elsewhere have no "tie" attribute and are left as they are.
 */
function foldCaremapPairs(edges: GraphEdge[]): GraphEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const tie = edge.attributes['tie'];
    if (tie === undefined) return true;
    delete edge.attributes['tie'];
    if (seen.has(tie)) return false;
    seen.add(tie);
    const written = DIRECTION_WORDS[(edge.attributes['Direction'] ?? '').trim().toLowerCase()];
    if (written) {
      edge.direction = written;
      delete edge.attributes['Direction'];
    }
    return true;
  });
}
