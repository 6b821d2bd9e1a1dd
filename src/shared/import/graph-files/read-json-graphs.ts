// Reads the two JSON map files partners bring: PRSM's own .prsm map (nodes and edges with their style groups, whose
// names are the kinds and link types, positions, colours and arrows) and Kumu's JSON export (elements and
// connections, each with its attributes). Both become the same Nodes/Edges sheets as GraphML and GEXF.
import { decodeText } from '../decode-text';
import { graphWorkbook, refuseGraph, type EdgeDirection, type GraphEdge, type GraphNode } from './graph-table';
import type { RawWorkbook } from '../import-types';
import { parseDirection } from '../cell-values';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A value as cell text: several values joined with "|", as Kumu's spreadsheets write them; objects left out. */
function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const parts = value.map(cellText).filter((t): t is string => t !== undefined && t !== '');
    return parts.length ? parts.join('|') : undefined;
  }
  if (typeof value === 'object') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- narrowed to a primitive read from the file above; String() is the intent
  return String(value);
}

export function parseJsonFile(fileName: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decodeText(bytes).text);
  } catch {
    throw refuseGraph(
      fileName,
      `“${fileName}” could not be read: it is not valid JSON. Export it again from the program that made it.`,
    );
  }
}

export const looksLikePrsm = (data: unknown) =>
  isObject(data) && Array.isArray(data.nodes) && Array.isArray(data.edges);
export const looksLikeKumu = (data: unknown) => isObject(data) && Array.isArray(data.elements);

function prsmDirection(arrows: unknown): EdgeDirection | null {
  if (!isObject(arrows)) return null;
  const on = (end: string) => isObject(arrows[end]) && arrows[end].enabled === true;
  if (on('to') && on('from')) return 'mutual';
  if (on('to') || on('middle')) return 'directed';
  if (on('from')) return 'directed';
  return 'undirected';
}

const PRSM_NODE_KEYS = new Set([
  'id',
  'label',
  'grp',
  'x',
  'y',
  'color',
  'font',
  'borderWidth',
  'shapeProperties',
  'shape',
  'size',
  'created',
  'modified',
  'note',
  'fixed',
  'hidden',
  'clusteredIn',
  'margin',
  'widthConstraint',
  'heightConstraint',
  'labelHighlightBold',
  'borderWidthSelected',
  'scaling',
  'shadow',
]);

export function readPrsm(fileName: string, data: unknown): RawWorkbook {
  if (!looksLikePrsm(data))
    throw refuseGraph(fileName, `“${fileName}” is not a PRSM map: it has no list of nodes and edges.`);
  const map = data as Json;
  const styles = isObject(map.styles) ? map.styles : {};
  const nodeStyles = isObject(styles.nodes) ? styles.nodes : {};
  const edgeStyles = isObject(styles.edges) ? styles.edges : {};
  const titles = isObject(map.attributeTitles) ? map.attributeTitles : {};
  const groupLabel = (table: Json, grp: unknown) => {
    const style = typeof grp === 'string' ? table[grp] : undefined;
    const label = isObject(style) && typeof style.groupLabel === 'string' ? style.groupLabel.trim() : '';
    return label || undefined;
  };
  const nodes: GraphNode[] = list(map.nodes)
    .filter((n) => n.id !== undefined && !n.isCluster)
    .map((n) => {
      const id = String(n.id);
      const attributes: Record<string, string> = {};
      for (const [key, value] of Object.entries(n)) {
        if (PRSM_NODE_KEYS.has(key)) continue;
        const text = cellText(value);
        if (text !== undefined && text !== '') attributes[typeof titles[key] === 'string' ? titles[key] : key] = text;
      }
      const node: GraphNode = { id, label: cellText(n.label)?.trim() || id, attributes };
      const kind = groupLabel(nodeStyles, n.grp);
      if (kind) node.kind = kind;
      if (typeof n.x === 'number' && typeof n.y === 'number') Object.assign(node, { x: n.x, y: n.y });
      const colour = isObject(n.color) ? n.color.background : undefined;
      if (typeof colour === 'string') node.colour = colour;
      return node;
    });
  const edges: GraphEdge[] = list(map.edges)
    .filter((e) => e.from !== undefined && e.to !== undefined && !e.isClusterEdge)
    .map((e) => {
      const style = typeof e.grp === 'string' ? edgeStyles[e.grp] : undefined;
      const direction =
        prsmDirection(e.arrows) ?? prsmDirection(isObject(style) ? style.arrows : undefined) ?? 'directed';
      const edge: GraphEdge = { source: String(e.from), target: String(e.to), direction, attributes: {} };
      const type = groupLabel(edgeStyles, e.grp);
      if (type) edge.type = type;
      const label = cellText(e.label)?.trim();
      if (label) edge.label = label;
      return edge;
    });
  return graphWorkbook(fileName, { nodes, edges });
}

/** Kumu keeps each element's and connection's fields in "attributes"; "label" is the name. */
export function readKumuJson(fileName: string, data: unknown): RawWorkbook {
  if (!looksLikeKumu(data))
    throw refuseGraph(fileName, `“${fileName}” is not a Kumu export: it has no list of elements.`);
  const map = data as Json;
  const nodes: GraphNode[] = [];
  for (const element of list(map.elements)) {
    const fields = isObject(element.attributes) ? element.attributes : {};
    const id = cellText(element._id) ?? cellText(element.id) ?? cellText(fields.label);
    if (id === undefined) continue;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(fields)) {
      const text = cellText(value);
      if (key !== 'label' && text !== undefined && text !== '') attributes[key] = text;
    }
    nodes.push({ id, label: cellText(fields.label)?.trim() || id, attributes });
  }
  const edges: GraphEdge[] = [];
  for (const connection of list(map.connections)) {
    const fields = isObject(connection.attributes) ? connection.attributes : {};
    const source = cellText(connection.from);
    const target = cellText(connection.to);
    if (source === undefined || target === undefined) continue;
    const word = cellText(fields.direction) ?? cellText(connection.direction) ?? 'directed';
    const parsed = parseDirection(word);
    const direction: EdgeDirection = parsed === 'mutual' ? 'mutual' : parsed === 'none' ? 'undirected' : 'directed';
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(fields)) {
      const text = cellText(value);
      if (key !== 'direction' && text !== undefined && text !== '') attributes[key] = text;
    }
    const edge: GraphEdge = { source, target, direction, attributes };
    for (const [key, slot] of [
      ['connection type', 'type'],
      ['strength', 'weight'],
      ['label', 'label'],
    ] as const) {
      if (attributes[key] !== undefined) {
        edge[slot] = attributes[key];
        delete attributes[key];
      }
    }
    edges.push(edge);
  }
  return graphWorkbook(fileName, { nodes, edges });
}
