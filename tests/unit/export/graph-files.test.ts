// GraphML and GEXF parsed back with fast-xml-parser: well-formed, every key or attribute used is declared for
// nodes or edges as used, and every actor and tie is there with its values.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildExport } from '../../../src/shared/export/build-export';
import { tempDir } from '../store/temp-maps';
import { writeRichMap } from './export-fixture';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
});
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function exported(format: 'graphml' | 'gexf') {
  const { doc } = writeRichMap(tempDir());
  const xml = text(buildExport(doc, format, { anonymise: false })[0]!.bytes);
  expect(XMLValidator.validate(xml)).toBe(true);
  return { doc, xml, parsed: parser.parse(xml) as Node };
}

describe('GraphML export', () => {
  it('declares every data key it uses, for the element it is used on', () => {
    const { doc, parsed } = exported('graphml');
    const root = parsed.graphml as Node;
    const keys = new Map((root.key as Node[]).map((k) => [k['@id'] as string, k['@for'] as string]));
    expect(new Set(keys.keys()).size).toBe((root.key as Node[]).length);
    const graph = root.graph as Node;
    const nodes = graph.node as Node[];
    const edges = graph.edge as Node[];
    expect(nodes).toHaveLength(doc.actors.length);
    // A mutual or undirected tie is two edges, one each way (see graph-edges.ts).
    expect(edges).toHaveLength(
      doc.ties.filter((t) => t.direction === 'one-way').length +
        2 * doc.ties.filter((t) => t.direction !== 'one-way').length,
    );
    for (const [elements, target] of [
      [nodes, 'node'],
      [edges, 'edge'],
    ] as const) {
      for (const element of elements) {
        for (const data of element.data as Node[])
          expect(keys.get(data['@key'] as string), `key ${String(data['@key'])}`).toBe(target);
      }
    }
    const ids = new Set(nodes.map((n) => n['@id']));
    for (const e of edges) expect(ids.has(e['@source']) && ids.has(e['@target'])).toBe(true);
  });

  it('carries names, attributes and yEd graphics, with XML-special text intact', () => {
    const { parsed } = exported('graphml');
    const root = parsed.graphml as Node;
    const titleOf = new Map(
      (root.key as Node[]).map((k) => [k['@id'] as string, (k['@attr.name'] ?? k['@yfiles.type']) as string]),
    );
    const nodes = (root.graph as Node).node as Node[];
    const values = (n: Node) =>
      Object.fromEntries((n.data as Node[]).map((d) => [titleOf.get(d['@key'] as string), d['#text'] ?? d]));
    const maple = nodes.map(values).find((v) => v.label === 'Maple Street Mutual Aid')!;
    expect(maple).toMatchObject({
      Kind: 'Grassroots or mutual aid group',
      Budget: 12500.5,
      Meets: 'Weekly',
      Has_a_kitchen: true,
      x: -300,
    });
    // attr.name must be an XML name token; the title people read is the key's <desc>.
    const kitchen = (root.key as Node[]).find((k) => k['@attr.name'] === 'Has_a_kitchen')!;
    expect(kitchen.desc).toBe('Has a kitchen');
    const ada = nodes.map(values).find((v) => v.label === 'Ada Okafor')!;
    expect(ada.Notes).toBe('Met at the spring workshop; "prefers" calls');
    expect(ada.nodegraphics).toMatchObject({
      'y:ShapeNode': {
        'y:Fill': { '@color': '#E69F00' },
        'y:NodeLabel': { '#text': 'Ada Okafor' },
        'y:Shape': { '@type': 'ellipse' },
      },
    });
    expect(root.graph).toMatchObject({ '@id': 'G', desc: 'Clapton & Co <test>' });
  });
});

describe('GEXF export', () => {
  it('is GEXF 1.3 whose attvalues all refer to declared attributes of their class', () => {
    const { doc, parsed } = exported('gexf');
    const root = parsed.gexf as Node;
    expect(root['@version']).toBe('1.3');
    expect(root['@xmlns']).toBe('http://gexf.net/1.3');
    const graph = root.graph as Node;
    const declared = Object.fromEntries(
      (graph.attributes as Node[]).map((a) => [
        a['@class'] as string,
        new Set((a.attribute as Node[]).map((x) => x['@id'] as string)),
      ]),
    );
    expect(Object.keys(declared).sort()).toEqual(['edge', 'node']);
    const nodes = (graph.nodes as Node).node as Node[];
    const edges = (graph.edges as Node).edge as Node[];
    expect(nodes).toHaveLength(doc.actors.length);
    expect(edges).toHaveLength(doc.ties.length);
    let used = 0;
    for (const [elements, cls] of [
      [nodes, 'node'],
      [edges, 'edge'],
    ] as const) {
      for (const element of elements) {
        for (const value of ((element.attvalues as Node | undefined)?.attvalue as Node[] | undefined) ?? []) {
          expect(declared[cls]!.has(value['@for'] as string), `${cls} attvalue for=${String(value['@for'])}`).toBe(
            true,
          );
          used++;
        }
      }
    }
    expect(used).toBeGreaterThan(20);
    const ids = new Set(nodes.map((n) => n['@id']));
    for (const e of edges) expect(ids.has(e['@source']) && ids.has(e['@target'])).toBe(true);
  });

  it('gives each node its kind’s colour, a size and its position, and each edge its direction and weight', () => {
    const { parsed } = exported('gexf');
    const graph = (parsed.gexf as Node).graph as Node;
    const ada = ((graph.nodes as Node).node as Node[]).find((n) => n['@label'] === 'Ada Okafor')!;
    expect(ada['viz:color']).toEqual({ '@r': '230', '@g': '159', '@b': '0' });
    expect(ada['viz:position']).toEqual({ '@x': '10.5', '@y': '20.25', '@z': '0' });
    expect(ada['viz:size']).toEqual({ '@value': '10' });
    const edges = (graph.edges as Node).edge as Node[];
    expect(edges.map((e) => [e['@type'], e['@weight']])).toEqual([
      ['directed', '3'],
      ['mutual', '1'],
      ['mutual', '2'],
      ['directed', '2'],
    ]);
  });
});
