// Property tests for the network-file readers: any small graph written as GraphML or GEXF comes back with its nodes,
// labels and edges (each edge once per ordered pair, reciprocal pairs merged); damaged text is refused, never a crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CaremapError } from '../../../src/shared/errors';
import { readWorkbook } from '../../../src/shared/import';
import { newMap } from '../store/temp-maps';
import { importFile, utf8 } from './import-helpers';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const label = fc
  .string({ minLength: 1, maxLength: 12 })
  // eslint-disable-next-line no-control-regex -- control characters are what the generated labels must avoid
  .filter((s) => s.trim() !== '' && !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s));
const graph = fc
  .uniqueArray(label, { minLength: 2, maxLength: 12, selector: (s) => s.trim().replace(/\s+/g, ' ').toLowerCase() })
  .chain((labels) =>
    fc.record({
      labels: fc.constant(labels),
      edges: fc.uniqueArray(fc.tuple(fc.nat(labels.length - 1), fc.nat(labels.length - 1)), {
        maxLength: 20,
        selector: ([a, b]) => `${a},${b}`,
      }),
    }),
  );

function graphml(labels: string[], edges: [number, number][]): string {
  const nodes = labels.map((l, i) => `<node id="n${i}"><data key="name">${escape(l)}</data></node>`).join('');
  const links = edges.map(([a, b]) => `<edge source="n${a}" target="n${b}"/>`).join('');
  return `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="name" for="node" attr.name="name" attr.type="string"/><graph edgedefault="directed">${nodes}${links}</graph></graphml>`;
}

describe('network files, any shape', () => {
  it('a GraphML graph imports with every node and one tie per pair of actors when reciprocal pairs are merged into mutual ties, one per direction otherwise', () => {
    fc.assert(
      fc.property(graph, ({ labels, edges }) => {
        const store = newMap();
        importFile(store, 'g.graphml', utf8(graphml(labels, edges)), { reciprocal: 'mutual' });
        expect(store.actors()).toHaveLength(labels.length);
        const pairs = new Set(edges.filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? `${a},${b}` : `${b},${a}`)));
        expect(store.ties()).toHaveLength(pairs.size);
        const mutual = [...pairs].filter((p) => {
          const [a, b] = p.split(',').map(Number);
          return edges.some(([x, y]) => x === a && y === b) && edges.some(([x, y]) => x === b && y === a);
        });
        expect(store.ties().filter((t) => t.direction === 'mutual')).toHaveLength(mutual.length);
        store.close();
        // Chosen as two ties (the default), every distinct A→B is a tie of its own.
        const apart = newMap();
        importFile(apart, 'g.graphml', utf8(graphml(labels, edges)));
        expect(apart.ties()).toHaveLength(new Set(edges.filter(([a, b]) => a !== b).map(([a, b]) => `${a},${b}`)).size);
        apart.close();
      }),
      { numRuns: 40 },
    );
    // Forty maps made and imported into: seconds on a quiet machine, more on a busy one.
  }, 60_000);

  it('cut-off or scrambled XML is refused with a CaremapError, never a crash', () => {
    const whole = graphml(
      ['Ada', 'Bea', 'Cy'],
      [
        [0, 1],
        [1, 2],
      ],
    );
    fc.assert(
      fc.property(fc.nat(whole.length - 1), fc.string({ maxLength: 5 }), (cut, junk) => {
        try {
          readWorkbook('g.graphml', utf8(whole.slice(0, cut) + junk));
        } catch (error) {
          expect(error).toBeInstanceOf(CaremapError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
