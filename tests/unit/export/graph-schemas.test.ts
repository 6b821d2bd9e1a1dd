// Issue 13 point 5: the GraphML export is valid against graphml.xsd (with yWorks' extension for yEd's graphics)
// and the GEXF export against GEXF 1.3's grammar, checked by xmllint with the schemas kept in tests/fixtures/schemas.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExport } from '../../../src/shared/export/build-export';
import type { ActorId, CustomFieldId, MapDocument } from '../../../src/shared/domain';
import { tempDir } from '../store/temp-maps';
import { writeRichMap } from './export-fixture';
import { findXmllint, requireTool, runTool } from './external-tools';

const SCHEMAS = resolve(__dirname, '../../fixtures/schemas');
const xmllintFound = findXmllint();

function exportTo(dir: string, doc: MapDocument, format: 'graphml' | 'gexf'): string {
  const file = join(dir, `map.${format}`);
  writeFileSync(file, buildExport(doc, format, { anonymise: false, exportedOn: '2026-12-06' })[0]!.bytes);
  return file;
}

async function validate(xmllint: string, schemaArgs: string[], file: string) {
  const result = await runTool(xmllint, ['--noout', ...schemaArgs, file]);
  return { ok: result.code === 0, messages: result.stderr };
}

describe('graph files against their schemas', () => {
  it('GraphML: valid against graphml.xsd + yEd extension; fails plain graphml.xsd only because of yEd’s graphics', async (ctx) => {
    const xmllint = requireTool(await xmllintFound, 'xmllint', () => ctx.skip());
    const dir = tempDir();
    const { doc } = writeRichMap(dir, 'Demo care network');
    const file = exportTo(dir, doc, 'graphml');
    const extended = await validate(xmllint, ['--schema', join(SCHEMAS, 'graphml/graphml+yfiles.xsd')], file);
    expect(extended.messages).toContain('validates');
    expect(extended.ok, extended.messages).toBe(true);
    // The same file against graphml.xsd alone: the only complaints are yEd's elements and attribute.
    const plain = await validate(xmllint, ['--schema', join(SCHEMAS, 'graphml/graphml.xsd')], file);
    const errors = plain.messages.split('\n').filter((line) => line.includes('validity error'));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors)
      expect(line, line).toMatch(
        /yfiles\.type|\{http:\/\/www\.yworks\.com\/xml\/graphml\}(ShapeNode|PolyLineEdge)': This element is not expected/,
      );
  });

  it('GraphML: a map whose names and fields have spaces, accents and symbols still gives valid ids and attr.names', async (ctx) => {
    const xmllint = requireTool(await xmllintFound, 'xmllint', () => ctx.skip());
    const dir = tempDir();
    const { doc } = writeRichMap(dir, 'Clapton & Co <test>');
    const oddId = '1 has spaces & <odd>' as ActorId;
    const odd: MapDocument = {
      ...doc,
      // A field named like a built-in column, and one whose name is all symbols and spaces.
      customFields: [
        ...doc.customFields,
        { ...doc.customFields[0]!, id: 'field-odd' as CustomFieldId, name: 'Kind', sortOrder: 9 },
        { ...doc.customFields[0]!, id: 'field-sym' as CustomFieldId, name: '£ per week (2024)', sortOrder: 10 },
      ],
      actors: doc.actors.map((a, i) => ({ ...a, id: i === 0 ? oddId : a.id })),
      ties: doc.ties.map((t) => (t.fromId === doc.actors[0]!.id ? { ...t, fromId: oddId } : t)),
    };
    const file = exportTo(dir, odd, 'graphml');
    const result = await validate(xmllint, ['--schema', join(SCHEMAS, 'graphml/graphml+yfiles.xsd')], file);
    expect(result.ok, result.messages).toBe(true);
    // Every attr.name is distinct (a reader keys columns by it): the field "Kind" does not merge with the kind.
    const names = [...readFileSync(file, 'utf8').matchAll(/attr\.name="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Kind', 'Kind_2', 'per_week_2024']));
  });

  it('GEXF: valid against GEXF 1.3’s RELAX NG grammar, and against its XSD once viz: is set aside', async (ctx) => {
    const xmllint = requireTool(await xmllintFound, 'xmllint', () => ctx.skip());
    const dir = tempDir();
    const { doc } = writeRichMap(dir, 'Demo care network');
    const file = exportTo(dir, doc, 'gexf');
    const rng = await validate(xmllint, ['--relaxng', join(SCHEMAS, 'gexf-1.3/gexf.rng')], file);
    expect(rng.ok, rng.messages).toBe(true);
    // The published 1.3 XSD (generated from the grammar) puts viz elements in the gexf namespace, so it rejects every
    // viz:color Gephi itself writes; the rest of the file is checked against it without them.
    const withoutViz = join(dir, 'no-viz.gexf');
    writeFileSync(
      withoutViz,
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !line.includes('<viz:'))
        .join('\n'),
    );
    const xsd = await validate(xmllint, ['--schema', join(SCHEMAS, 'gexf-1.3/gexf.xsd')], withoutViz);
    expect(xsd.ok, xsd.messages).toBe(true);
  });

  it('GEXF of a map with only undirected ties is valid too (no edge types written)', async (ctx) => {
    const xmllint = requireTool(await xmllintFound, 'xmllint', () => ctx.skip());
    const dir = tempDir();
    const { doc } = writeRichMap(dir);
    const undirected = { ...doc, ties: doc.ties.map((t) => ({ ...t, direction: 'none' as const })) };
    for (const format of ['gexf', 'graphml'] as const) {
      const file = exportTo(dir, undirected, format);
      const args =
        format === 'gexf'
          ? ['--relaxng', join(SCHEMAS, 'gexf-1.3/gexf.rng')]
          : ['--schema', join(SCHEMAS, 'graphml/graphml+yfiles.xsd')];
      const result = await validate(xmllint, args, file);
      expect(result.ok, `${format}: ${result.messages}`).toBe(true);
    }
  });
});
