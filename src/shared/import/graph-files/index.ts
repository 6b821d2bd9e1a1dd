// Graph files other tools write (GraphML, GEXF, PRSM, Kumu JSON), read into the importer's sheets by file name.
import type { RawWorkbook } from '../import-types';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { looksLikeKumu, parseJsonFile, readKumuJson, readPrsm } from './read-json-graphs';
import { refuseGraph } from './graph-table';

export const GRAPH_EXTENSIONS = ['.graphml', '.gexf', '.prsm', '.json'] as const;

export function isGraphFile(extension: string): boolean {
  return (GRAPH_EXTENSIONS as readonly string[]).includes(extension);
}

/** Pure: the same structure readWorkbook returns, from the file's name and bytes. */
export function readGraphFile(fileName: string, extension: string, bytes: Uint8Array): RawWorkbook {
  if (extension === '.graphml') return readGraphml(fileName, bytes);
  if (extension === '.gexf') return readGexf(fileName, bytes);
  const data = parseJsonFile(fileName, bytes);
  if (extension === '.prsm') return readPrsm(fileName, data);
  if (looksLikeKumu(data)) return readKumuJson(fileName, data);
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'caremap') {
    throw refuseGraph(
      fileName,
      `“${fileName}” is a Caremap map saved as JSON, which is for other programs. To bring it into this map, export it from Caremap as a spreadsheet (.xlsx) and import that, or open its .caremap file.`,
    );
  }
  try {
    return readPrsm(fileName, data);
  } catch {
    throw refuseGraph(
      fileName,
      `“${fileName}” is JSON, but not a map Caremap knows: it imports Kumu's JSON export (elements and connections) and PRSM maps (nodes and edges).`,
    );
  }
}
