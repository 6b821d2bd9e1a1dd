// Graph files from other tools (tests/fixtures, sources in SOURCES.md) import through the spreadsheet importer:
// counts, directions, reciprocal pairs, positions, colours and attributes as their authors wrote them; hostile XML refused.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../../src/shared/import';
import { newMap } from '../store/temp-maps';
import { actorNamed, importFile, kindName, preview, utf8, workbookBytes } from './import-helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const fixture = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));
const field = (store: ReturnType<typeof newMap>, name: string) =>
  store.taxonomy().customFields.find((f) => f.name === name)!;
const tieBetween = (store: ReturnType<typeof newMap>, a: string, b: string) => {
  const [x, y] = [actorNamed(store, a).id, actorNamed(store, b).id];
  return store.ties().find((t) => (t.fromId === x && t.toId === y) || (t.fromId === y && t.toId === x));
};

describe('GEXF (Gephi)', () => {
  it('Les Misérables: 77 actors and 254 undirected ties, with Gephi’s positions (y flipped), colours, sizes and attributes', () => {
    const store = newMap();
    const result = importFile(store, 'les-miserables.gexf', fixture('gephi/les-miserables.gexf'));
    expect(result.summary.counts).toMatchObject({ actorsAdded: 77, tiesAdded: 254 });
    // The edge attribute is a number field of the ties, every value kept.
    expect(result.summary.problems).toEqual([]);
    const cooccurrence = store.taxonomy().customFields.find((f) => f.name === 'cooccurrence' && f.appliesTo === 'tie')!;
    expect(cooccurrence.type).toBe('number');
    expect(store.ties().every((t) => Number.isInteger(t.customValues[cooccurrence.id]))).toBe(true);
    expect(store.ties().every((t) => t.direction === 'none')).toBe(true);
    // Gephi's picture (x, and y flipped), scaled up evenly so names have room: Valjean (-87.9, 6.8), Gavroche (387.9, -110.5).
    const valjean = actorNamed(store, 'Valjean');
    const gavroche = actorNamed(store, 'Gavroche');
    const scale = (gavroche.x - valjean.x) / (387.89572 + 87.93029);
    expect(scale).toBeGreaterThan(1);
    expect(valjean.x / scale).toBeCloseTo(-87.93, 0);
    expect(valjean.y / scale).toBeCloseTo(-6.81, 0);
    expect(gavroche.y / scale).toBeCloseTo(110.46, 0);
    const gaps = store.actors().map((a) =>
      Math.min(
        ...store
          .actors()
          .filter((b) => b.id !== a.id)
          .map((b) => Math.hypot(a.x - b.x, a.y - b.y)),
      ),
    );
    expect(gaps.sort((p, q) => p - q)[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(89);
    expect(valjean.customValues[field(store, 'Colour').id]).toBe('#f55b5b');
    expect(valjean.customValues[field(store, 'Size').id]).toBe(100);
    expect(valjean.customValues[field(store, 'modularity_class').id]).toBe(1);
    expect([field(store, 'Size').type, field(store, 'modularity_class').type, field(store, 'Colour').type]).toEqual([
      'number',
      'number',
      'text',
    ]);
    expect(valjean.customValues[field(store, 'Id').id]).toBe('11');
    expect(tieBetween(store, 'Valjean', 'Javert')).toBeDefined();
  });

  it('Java dependencies: 1,538 actors and 8,032 ties as two ties per reciprocal pair, none lost as “given twice”', () => {
    const store = newMap();
    const shown = preview(store, 'java.gexf', fixture('gephi/java.gexf'));
    expect(shown.choices.reciprocal).toBe('two-ties');
    expect(shown.counts).toMatchObject({ actorsAdded: 1538, tiesAdded: 8032 });
    expect(shown.problemCount).toBe(0);
    const result = importFile(store, 'java.gexf', fixture('gephi/java.gexf'));
    expect(result.summary.counts.tiesAdded).toBe(8032);
    expect(store.ties()).toHaveLength(8032);
    expect(store.ties().every((t) => t.direction === 'one-way')).toBe(true);
    const [locale, string] = [actorNamed(store, 'java.util.Locale').id, actorNamed(store, 'java.lang.String').id];
    expect(
      store
        .ties()
        .filter((t) => (t.fromId === locale && t.toId === string) || (t.fromId === string && t.toId === locale)),
    ).toHaveLength(2);
  });

  it('Java dependencies merged: the 215 reciprocal pairs become mutual ties when the facilitator chooses one tie', () => {
    const store = newMap();
    const shown = preview(store, 'java.gexf', fixture('gephi/java.gexf'), { reciprocal: 'mutual' });
    expect(shown.counts).toMatchObject({ actorsAdded: 1538, tiesAdded: 8032 - 215 });
    expect(shown.problemCount).toBe(215);
    expect(shown.problems.every((p) => p.outcome === 'merged' && /one two-way \(mutual\) tie/.test(p.message))).toBe(
      true,
    );
    expect(shown.problems.some((p) => /given twice/.test(p.message))).toBe(false);
    const result = importFile(store, 'java.gexf', fixture('gephi/java.gexf'), { reciprocal: 'mutual' });
    expect(store.ties().filter((t) => t.direction === 'mutual')).toHaveLength(215);
    expect(store.ties().filter((t) => t.direction === 'one-way')).toHaveLength(8032 - 430);
    expect(result.summary.counts.tiesAdded).toBe(7817);
    const tie = tieBetween(store, 'java.util.Locale', 'java.lang.String')!;
    expect(tie.direction).toBe('mutual');
  });
});

describe('GraphML', () => {
  it('yEd: ShapeNode labels, fills and centres; groups become actors their members name; arrows give direction', () => {
    const store = newMap();
    const result = importFile(store, 'groups.graphml', fixture('yed/groups-yed-3.17.graphml'));
    expect(result.summary.counts).toMatchObject({ actorsAdded: 9, tiesAdded: 4 });
    expect(
      store
        .actors()
        .map((a) => a.name)
        .sort(),
    ).toEqual(['1', '2', '3', '5', '6', '9', 'Group 1', 'Group 2', 'Group 3']);
    // Centres (yEd gives corners): “1” at (65, -240.5), “2” at (140, -240.5), scaled evenly to give names room.
    const [one, two] = [actorNamed(store, '1'), actorNamed(store, '2')];
    expect(two.y).toBe(one.y);
    expect(two.x / one.x).toBeCloseTo(140 / 65, 1);
    expect(two.y / two.x).toBeCloseTo(-240.46 / 140, 1);
    expect(two.customValues[field(store, 'Colour').id]).toBe('#FFCC00');
    expect(two.customValues[field(store, 'CustomProperty').id]).toBe('CustomPropertyValue');
    expect(actorNamed(store, '5').customValues[field(store, 'Group').id]).toBe('Group 2');
    const tie = tieBetween(store, '5', '6')!;
    expect([tie.direction, tie.fromId]).toEqual(['one-way', actorNamed(store, '5').id]);
  });

  it('Gephi’s GraphML: r, g, b, x, y and size attributes become the colour, position and size', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key attr.name="label" attr.type="string" for="node" id="label"/><key attr.name="weight" attr.type="double" for="edge" id="weight"/>
      <key attr.name="r" attr.type="int" for="node" id="r"/><key attr.name="g" attr.type="int" for="node" id="g"/><key attr.name="b" attr.type="int" for="node" id="b"/>
      <key attr.name="x" attr.type="float" for="node" id="x"/><key attr.name="y" attr.type="float" for="node" id="y"/><key attr.name="size" attr.type="float" for="node" id="size"/>
      <graph edgedefault="directed">
        <node id="0"><data key="label">Ada</data><data key="r">245</data><data key="g">91</data><data key="b">91</data><data key="x">-100.0</data><data key="y">50.0</data><data key="size">12.5</data></node>
        <node id="1"><data key="label">Bea</data><data key="r">0</data><data key="g">0</data><data key="b">255</data><data key="x">200.0</data><data key="y">50.0</data><data key="size">4.0</data></node>
        <edge source="0" target="1"><data key="weight">3.0</data></edge>
      </graph></graphml>`;
    const workbook = readWorkbook('gephi.graphml', utf8(xml));
    expect(workbook.sheets[0]!.rows).toEqual([
      ['Id', 'Label', 'X', 'Y', 'Colour', 'Size'],
      ['0', 'Ada', '-100', '50', '#f55b5b', '12.5'],
      ['1', 'Bea', '200', '50', '#0000ff', '4'],
    ]);
  });

  it('networkx: Les Misérables 77/254 with weights as strengths; karate club 34/78 with its “club” attribute', () => {
    const store = newMap();
    const les = importFile(store, 'les-miserables.graphml', fixture('networkx/les-miserables.graphml'));
    expect(les.summary.counts).toMatchObject({ actorsAdded: 77, tiesAdded: 254 });
    expect(store.ties().every((t) => t.direction === 'none')).toBe(true);
    expect(new Set(store.ties().map((t) => t.strength))).toEqual(new Set(['weak', 'medium', 'strong']));
    const karate = newMap();
    const club = importFile(karate, 'karate-club.graphml', fixture('networkx/karate-club.graphml'));
    expect(club.summary.counts).toMatchObject({ actorsAdded: 34, tiesAdded: 78 });
    expect(actorNamed(karate, '9').customValues[field(karate, 'club').id]).toBe('Officer');
  });
});

describe('directions per edge and parallel edges', () => {
  it('GraphML: edgedefault, each edge’s own “directed”, and a parallel edge reported by row', () => {
    const xml = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
      <node id="a"/><node id="b"/><node id="c"/>
      <edge source="a" target="b"/><edge source="b" target="c" directed="false"/><edge id="e3" source="a" target="b"/>
    </graph></graphml>`;
    const store = newMap();
    const result = importFile(store, 'multi.graphml', utf8(xml));
    expect(result.summary.counts.tiesAdded).toBe(2);
    expect(result.summary.problems).toEqual([
      {
        sheet: 'Edges',
        row: 4,
        column: '',
        outcome: 'merged',
        message: 'This tie between “a” and “b” is given twice (first in row 2); only the first is imported.',
      },
    ]);
    expect(tieBetween(store, 'a', 'b')!.direction).toBe('one-way');
    expect(tieBetween(store, 'b', 'c')!.direction).toBe('none');
  });

  it('GEXF: defaultedgetype mixed with each edge’s type (directed, undirected, mutual)', () => {
    const xml = `<gexf version="1.3"><graph defaultedgetype="mixed"><nodes><node id="1" label="A"/><node id="2" label="B"/><node id="3" label="C"/><node id="4" label="D"/></nodes>
      <edges><edge source="1" target="2" type="directed"/><edge source="2" target="3" type="undirected"/><edge source="3" target="4" type="mutual"/></edges></graph></gexf>`;
    const store = newMap();
    importFile(store, 'mixed.gexf', utf8(xml));
    expect(
      [tieBetween(store, 'A', 'B'), tieBetween(store, 'B', 'C'), tieBetween(store, 'C', 'D')].map((t) => t!.direction),
    ).toEqual(['one-way', 'none', 'mutual']);
  });
});

describe('PRSM maps and Kumu JSON', () => {
  it('PRSM: 22 factors with their style groups as kinds and positions; the reverse link joins its pair as mutual', () => {
    const store = newMap();
    // As PRSM draws it, the reverse link is a tie of its own (22 / 30); chosen as one mutual tie, 29.
    expect(importFile(newMap(), 'npc.prsm', fixture('prsm/npc-theory-of-change.prsm')).summary).toMatchObject({
      counts: { actorsAdded: 22, tiesAdded: 30 },
      problemCount: 0,
    });
    const result = importFile(store, 'npc.prsm', fixture('prsm/npc-theory-of-change.prsm'), { reciprocal: 'mutual' });
    expect(result.summary.counts).toMatchObject({ actorsAdded: 22, tiesAdded: 29, newKinds: 4 });
    expect(result.summary.problems.map((p) => p.outcome)).toEqual(['merged']);
    expect(store.ties().filter((t) => t.direction === 'mutual')).toHaveLength(1);
    const kinds = new Set(store.actors().map((a) => kindName(store, a.kindId)));
    expect(kinds).toEqual(new Set(['Activity/Quality', 'Change mechanisms / journey', 'Outcomes', 'Impact']));
    // Each style group's colour in the file (node backgrounds) is its new kind's colour.
    const colourOf = (name: string) => store.kinds().find((k) => k.name === name)?.colour;
    const background = (group: string) => {
      const prsm = JSON.parse(readFileSync(join(FIXTURES, 'prsm/npc-theory-of-change.prsm'), 'utf8')) as {
        nodes: { grp: string; color: { background: string } }[];
      };
      return new Set(prsm.nodes.filter((n) => n.grp === group).map((n) => n.color.background.toLowerCase()));
    };
    expect(background('group0')).toEqual(new Set([colourOf('Activity/Quality')]));
    expect(background('group2')).toEqual(new Set([colourOf('Outcomes')]));
    const paths = newMap();
    const example = importFile(paths, 'paths.prsm', fixture('prsm/paths-example.prsm'));
    expect(example.summary.counts).toMatchObject({ actorsAdded: 10, tiesAdded: 13 });
    expect(actorNamed(paths, '0')).toMatchObject({ x: 50, y: 150 });
  });

  it('Kumu JSON: element type as kind, tags, connection type; a reciprocal pair is one mutual tie; direction words read', () => {
    const store = newMap();
    const result = importFile(store, 'kumu.json', fixture('kumu/kumu-blueprint.json'), { reciprocal: 'mutual' });
    expect(result.summary.counts).toMatchObject({ actorsAdded: 4, tiesAdded: 3 });
    // The connection's extra attribute is a tie field with its one value.
    const funding = store.taxonomy().customFields.find((f) => f.name === 'funding' && f.appliesTo === 'tie')!;
    expect(store.ties().filter((t) => t.customValues[funding.id] !== undefined)).toHaveLength(1);
    const bank = actorNamed(store, 'Northside Food Bank');
    expect(kindName(store, bank.kindId)).toBe('Community charity / not-for-profit (CIC)');
    expect(bank.tags).toEqual(['food', 'crisis']);
    expect(tieBetween(store, 'Northside Food Bank', 'Maple Street Mutual Aid')!.direction).toBe('mutual');
    expect(tieBetween(store, 'Adult Social Care', 'Hillside Hub')!.direction).toBe('mutual');
    expect(tieBetween(store, 'Hillside Hub', 'Maple Street Mutual Aid')!.direction).toBe('none');
  });
});

describe('numeric columns', () => {
  it('become number fields, shown in the preview and changeable back to text', () => {
    const bytes = workbookBytes({
      Elements: [
        ['Label', 'Population', 'Ward', 'Code'],
        ['Hub', 1200, 'North', '007'],
        ['Bank', '45.5', 'South', 'A7'],
        ['Club', '', '3', ''],
      ],
    });
    const store = newMap();
    const shown = preview(store, 'k.xlsx', bytes);
    expect(shown.choices.actorColumns).toEqual(['name', 'customNumber', 'address', 'custom']);
    importFile(store, 'k.xlsx', bytes);
    expect(field(store, 'Population').type).toBe('number');
    expect(actorNamed(store, 'Bank').customValues[field(store, 'Population').id]).toBe(45.5);
    expect(field(store, 'Code').type).toBe('text');

    const asText = newMap();
    importFile(asText, 'k.xlsx', bytes, { actorColumns: ['name', 'custom', 'address', 'custom'] });
    expect(field(asText, 'Population').type).toBe('text');
    expect(actorNamed(asText, 'Hub').customValues[field(asText, 'Population').id]).toBe('1200');
  });
});

describe('Onodo’s Directed column', () => {
  it('reads Onodo’s own template (Directed = 1) with no problem, and 1/0/true/false as one-way or undirected', () => {
    const store = newMap();
    const result = importFile(store, 'onodo_template.xlsx', fixture('onodo/onodo_template.xlsx'));
    expect(result.summary).toMatchObject({ counts: { actorsAdded: 2, tiesAdded: 1 }, problemCount: 0 });
    const tie = tieBetween(store, 'Anakin Skywalker', 'Luke Skywalker')!;
    expect([tie.direction, tie.fromId]).toEqual(['one-way', actorNamed(store, 'Anakin Skywalker').id]);

    const words = newMap();
    const bytes = workbookBytes({
      Nodes: [
        ['Name', 'Type'],
        ['A', 'x'],
        ['B', 'x'],
        ['C', 'x'],
        ['D', 'x'],
        ['E', 'x'],
      ],
      Relations: [
        ['Source', 'Type', 'Target', 'Directed'],
        ['A', 'knows', 'B', 0],
        ['A', 'knows', 'C', 'TRUE'],
        ['A', 'knows', 'D', 'false'],
        ['A', 'knows', 'E', 1],
      ],
    });
    const done = importFile(words, 'onodo.xlsx', bytes);
    expect(done.summary.problemCount).toBe(0);
    expect(['B', 'C', 'D', 'E'].map((n) => tieBetween(words, 'A', n)!.direction)).toEqual([
      'none',
      'one-way',
      'none',
      'one-way',
    ]);
  });
});

describe('hostile and broken graph files', () => {
  const refusal = (name: string, text: string) => {
    try {
      readWorkbook(name, utf8(text));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('refuses an external entity (XXE) and a “billion laughs” file before parsing, naming the file', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&x;"/></graph></graphml>`;
    expect(refusal('evil.graphml', xxe)).toMatch(/^“evil.graphml” declares its own XML entities/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><gexf><graph><nodes><node id="a" label="&lol3;"/></nodes></graph></gexf>`;
    expect(refusal('laughs.gexf', laughs)).toMatch(/declares its own XML entities/);
  });

  it('refuses damaged XML, deep nesting, the wrong root and JSON that is no known map, each with a sentence', () => {
    expect(refusal('broken.graphml', '<graphml><graph><node id="a"></graph></graphml>')).toMatch(
      /^“broken.graphml” could not be read: its XML is damaged at line 1/,
    );
    expect(refusal('deep.graphml', `<graphml>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</graphml>`)).toMatch(
      /nested more than 200 levels/,
    );
    expect(refusal('other.gexf', '<svg><g/></svg>')).toBe(
      '“other.gexf” is not a GEXF file: it has no <gexf> with a <graph> in it.',
    );
    expect(refusal('list.json', '[1, 2, 3]')).toMatch(/is JSON, but not a map Caremap knows/);
    expect(refusal('bad.json', '{"elements": [')).toMatch(/not valid JSON/);
    expect(refusal('map.json', '{"type": "caremap", "version": 1, "actors": []}')).toMatch(
      /^“map.json” is a Caremap map saved as JSON/,
    );
    expect(refusal('empty.graphml', '<graphml><graph/></graphml>')).toBe(
      '“empty.graphml” is empty: it holds no nodes or edges to import.',
    );
  });

  it('keeps the built-in XML escapes and character references in names', () => {
    const wb = readWorkbook(
      'x.gexf',
      utf8('<gexf><graph><nodes><node id="a" label="Tom &amp; Jerry &#233;"/></nodes></graph></gexf>'),
    );
    expect(wb.sheets[0]!.rows[1]).toEqual(['a', 'Tom & Jerry é']);
  });
});
