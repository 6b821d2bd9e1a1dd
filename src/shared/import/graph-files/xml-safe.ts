// Parses a GraphML or GEXF file's XML without ever expanding a declared entity or fetching anything: a file with a
// DOCTYPE or ENTITY declaration is refused before parsing (neither format needs one), which stops external-entity
// (XXE) and "billion laughs" files; nesting depth is capped so a hostile file cannot exhaust the stack.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeText } from '../decode-text';
import { refuseGraph } from './graph-table';

export type XmlNode = Record<string, unknown>;

const MAX_DEPTH = 200;

/** Elements that may appear once or many times are always arrays, so readers need not check. */
const ALWAYS_ARRAYS = new Set([
  'graph',
  'node',
  'edge',
  'data',
  'key',
  'attribute',
  'attributes',
  'attvalue',
  'NodeLabel',
  'EdgeLabel',
  'GroupNode',
  'nodes',
  'edges',
]);

function maxDepth(text: string): number {
  // A cheap over-estimate: every '<x' opens, every '</' or '/>' closes. Enough to refuse pathological nesting.
  let depth = 0;
  let deepest = 0;
  const tags = /<(\/?)[A-Za-z_]|\/>/g;
  for (let m = tags.exec(text); m !== null; m = tags.exec(text)) {
    if (m[0] === '/>' || m[1] === '/') depth--;
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

export function parseXmlSafely(fileName: string, bytes: Uint8Array, what: string): XmlNode {
  const { text } = decodeText(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw refuseGraph(
      fileName,
      `“${fileName}” declares its own XML entities (a DOCTYPE), which ${what} files never need and which can be used to attack the computer reading them. It is not imported. Save it again from the program that made it.`,
    );
  }
  if (maxDepth(text) > MAX_DEPTH) {
    throw refuseGraph(
      fileName,
      `“${fileName}” is nested more than ${MAX_DEPTH} levels deep, so it is not a ${what} file Caremap can read.`,
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw refuseGraph(
      fileName,
      `“${fileName}” could not be read: its XML is damaged at line ${valid.err.line} (${valid.err.msg}). Save it again from the program that made it.`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    // Numeric character references (&#233;) are ordinary XML; HTML's named ones come with them and are harmless.
    htmlEntities: true,
    isArray: (name) => ALWAYS_ARRAYS.has(name),
  });
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    // The validator passes a few damaged files the parser then trips on: still the file's fault, said as such.
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw refuseGraph(
      fileName,
      `“${fileName}” could not be read: its XML is damaged${detail}. Save it again from the program that made it.`,
    );
  }
}

/** Children of an element, always as an array. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) =>
    typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': String(v) },
  );
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[`@${name}`];
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an XML attribute parses to a string, number or boolean
  return value === undefined || value === null ? undefined : String(value);
}

/** An element's own text (mixed content included). */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- not an object here: a string, number or boolean from the parser
  if (typeof node !== 'object') return String(node);
  const text = (node as XmlNode)['#text'];
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an element's text parses to a string, number or boolean
  return text === undefined || text === null ? '' : String(text);
}
