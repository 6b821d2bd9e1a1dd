// A graph read from GraphML, GEXF, PRSM or Kumu JSON, turned into the importer's own two sheets (Nodes, Edges), so
// everything after reading (preview, problems, kinds, provenance, undo) is the spreadsheet import's, unchanged.
import { CaremapError } from '../../errors';
import { headerKey } from '../header-synonyms';
import type { RawSheet, RawWorkbook } from '../import-types';

export type EdgeDirection = 'directed' | 'undirected' | 'mutual';

export interface GraphNode {
  id: string;
  label: string;
  kind?: string;
  x?: number;
  y?: number;
  colour?: string;
  size?: number;
  /** Attribute title → value as text, in the file's order. */
  attributes: Record<string, string>;
}

export interface GraphEdge {
  source: string;
  target: string;
  direction: EdgeDirection;
  type?: string;
  label?: string;
  weight?: string;
  attributes: Record<string, string>;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const NODE_SHEET = 'Nodes';
export const EDGE_SHEET = 'Edges';

export function refuseGraph(fileName: string, message: string): CaremapError {
  return new CaremapError('bad-spreadsheet', message, { file: fileName });
}

const numberText = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) ? '' : String(Math.round(n * 100) / 100);

/** Headers already used by the fixed columns; an attribute with the same name gets a suffix rather than being lost. */
function attributeHeaders(
  items: { attributes: Record<string, string> }[],
  fixed: string[],
  what: string,
): Map<string, string> {
  const used = new Set(fixed.map(headerKey));
  const headers = new Map<string, string>();
  for (const item of items) {
    for (const name of Object.keys(item.attributes)) {
      if (headers.has(name)) continue;
      let header = name.trim() || 'Attribute';
      if (used.has(headerKey(header))) header = `${header} (${what} attribute)`;
      used.add(headerKey(header));
      headers.set(name, header);
    }
  }
  return headers;
}

function nodeSheet(nodes: GraphNode[]): RawSheet {
  const has = (pick: (n: GraphNode) => unknown) => nodes.some((n) => pick(n) !== undefined && pick(n) !== '');
  const fixed: [string, (n: GraphNode) => string][] = [
    ['Id', (n) => n.id],
    ['Label', (n) => n.label],
  ];
  if (has((n) => n.kind)) fixed.push(['Type', (n) => n.kind ?? '']);
  if (has((n) => n.x)) fixed.push(['X', (n) => numberText(n.x)]);
  if (has((n) => n.y)) fixed.push(['Y', (n) => numberText(n.y)]);
  if (has((n) => n.colour)) fixed.push(['Colour', (n) => n.colour ?? '']);
  if (has((n) => n.size)) fixed.push(['Size', (n) => numberText(n.size)]);
  const attributes = attributeHeaders(
    nodes,
    fixed.map(([h]) => h),
    'node',
  );
  const header = [...fixed.map(([h]) => h), ...attributes.values()];
  const names = [...attributes.keys()];
  const rows = nodes.map((n) => [
    ...fixed.map(([, pick]) => pick(n)),
    ...names.map((name) => n.attributes[name] ?? ''),
  ]);
  return { name: NODE_SHEET, rows: [header, ...rows] };
}

function edgeSheet(edges: GraphEdge[]): RawSheet {
  const has = (pick: (e: GraphEdge) => string | undefined) => edges.some((e) => (pick(e) ?? '') !== '');
  const fixed: [string, (e: GraphEdge) => string][] = [
    ['Source', (e) => e.source],
    ['Target', (e) => e.target],
    ['Direction', (e) => e.direction],
  ];
  if (has((e) => e.type)) fixed.push(['Tie type', (e) => e.type ?? '']);
  if (has((e) => e.weight)) fixed.push(['Weight', (e) => e.weight ?? '']);
  if (has((e) => e.label)) fixed.push(['Label', (e) => e.label ?? '']);
  const attributes = attributeHeaders(
    edges,
    fixed.map(([h]) => h),
    'edge',
  );
  const header = [...fixed.map(([h]) => h), ...attributes.values()];
  const names = [...attributes.keys()];
  const rows = edges.map((e) => [
    ...fixed.map(([, pick]) => pick(e)),
    ...names.map((name) => e.attributes[name] ?? ''),
  ]);
  return { name: EDGE_SHEET, rows: [header, ...rows] };
}

/** Room each actor needs on the map (its symbol and name); Gephi's units are often far tighter. */
export const MIN_NEIGHBOUR_GAP = 90;

/**
 * Scales the file's positions up (never down) so that the median distance from a node to its nearest neighbour is at
 * least MIN_NEIGHBOUR_GAP: the picture the author made, with room for names. A sample of 400 nodes is enough.
 */
export function spreadPositions(nodes: GraphNode[]): void {
  const placed = nodes.filter((n) => n.x !== undefined && n.y !== undefined);
  if (placed.length < 2) return;
  const step = Math.max(1, Math.floor(placed.length / 400));
  const nearest: number[] = [];
  for (let i = 0; i < placed.length; i += step) {
    const a = placed[i]!;
    let best = Infinity;
    for (const b of placed) if (b !== a) best = Math.min(best, Math.hypot(a.x! - b.x!, a.y! - b.y!));
    nearest.push(best);
  }
  nearest.sort((p, q) => p - q);
  const median = nearest[Math.floor(nearest.length / 2)]!;
  if (!(median > 0) || median >= MIN_NEIGHBOUR_GAP) return;
  const scale = MIN_NEIGHBOUR_GAP / median;
  for (const n of placed) Object.assign(n, { x: n.x! * scale, y: n.y! * scale });
}

/** The graph as the importer's workbook; a file with no nodes and no edges is refused like an empty spreadsheet. */
export function graphWorkbook(fileName: string, graph: Graph): RawWorkbook {
  if (graph.nodes.length === 0 && graph.edges.length === 0) {
    throw refuseGraph(fileName, `“${fileName}” is empty: it holds no nodes or edges to import.`);
  }
  spreadPositions(graph.nodes);
  const sheets = [nodeSheet(graph.nodes)];
  if (graph.edges.length > 0) sheets.push(edgeSheet(graph.edges));
  return { fileName, sheets, graph: true };
}
