// The written report: a generated map whose statutory services have no ties to individuals names that gap; HTML is escaped.
import { describe, expect, it } from 'vitest';
import { analyseMap, reportToHtml, reportToMarkdown, writeReport } from '../../../src/shared/analysis';
import { mapDoc } from './analysis-docs';

/** 12 individuals, 4 grassroots groups, 4 charities, 3 statutory services; statutory tie only to charities. */
function statutoryApartMap() {
  const actors: Record<string, string> = {};
  const add = (prefix: string, n: number, key: string) =>
    Array.from({ length: n }, (_, i) => ((actors[`${prefix}${i}`] = key), `${prefix}${i}`));
  const people = add('i', 12, 'individual');
  const groups = add('g', 4, 'grassroots');
  const charities = add('c', 4, 'charity');
  const statutory = add('s', 3, 'statutory');
  const ties: [string, string][] = [];
  people.forEach((p, i) => {
    ties.push([p, people[(i + 1) % people.length]!]);
    ties.push([p, groups[i % groups.length]!]);
  });
  groups.forEach((g, i) => ties.push([g, charities[i]!]));
  statutory.forEach((s, i) => ties.push([s, charities[i]!], [s, statutory[(i + 1) % statutory.length]!]));
  return mapDoc(actors, ties, {
    kinds: ['individual', 'grassroots', 'charity', 'social-enterprise', 'hub', 'statutory'],
  });
}

describe('writeReport', () => {
  const doc = statutoryApartMap();
  const analysis = analyseMap(doc);
  const sections = writeReport(doc, analysis);
  const text = (id: string) => {
    const s = sections.find((x) => x.id === id)!;
    return [...s.paragraphs, ...s.items].join('\n');
  };

  it('finds the statutory ↔ individuals gap in the figures', () => {
    const gap = analysis.gaps.find(
      (g) => g.statutoryToInformal && g.kindA === 'kind-individual' && g.kindB === 'kind-statutory',
    );
    expect(gap).toMatchObject({ observed: 0 });
    expect(gap!.expected).toBeGreaterThan(1);
  });

  it('names the gap between statutory services and individuals', () => {
    expect(text('connections')).toContain('Individual active citizen ↔ Statutory service: 0 ties');
    expect(text('connections')).toMatch(/statutory services are not well linked to the informal networks/);
  });

  it('says who is on the map by kind, and where the informal side carries the load', () => {
    expect(text('kinds')).toContain('Individual active citizen: 12 actors (52%)');
    expect(text('includes')).toContain('23 actors joined by 34 ties');
    expect(text('load')).toContain('heavy lifting');
    expect(text('under-represented')).toContain('Social enterprise or ethical business');
  });

  it('says how few the under-represented kinds are, and names single points of failure with their kinds', () => {
    expect(text('under-represented')).toContain('Social enterprise or ethical business (0 actors, 0%)');
    expect(text('fragmentation')).toContain(
      `fall into ${analysis.totals.communities} communities: groups more closely tied among themselves`,
    );
    expect(analysis.totals.communities).toBeGreaterThan(1);
    expect(text('bridges')).toMatch(
      /bridge the network, are Actor \w+ \((individual active citizen|grassroots or mutual aid group|community charity)/i,
    );
    expect(text('bridges')).not.toContain('estimated');
  });

  it('names the care most often offered', () => {
    const offered = {
      ...doc,
      careOffers: [
        { id: 'o1', name: 'Shared meals', sortOrder: 0 },
        { id: 'o2', name: 'Befriending', sortOrder: 1 },
      ],
    } as typeof doc;
    offered.actors = doc.actors.map((a, i) => ({
      ...a,
      careOfferIds: i < 5 ? ['o1' as never] : i < 7 ? ['o2' as never] : [],
    }));
    const intro = writeReport(offered, analyseMap(offered)).find((s) => s.id === 'includes')!;
    expect(intro.paragraphs.join(' ')).toContain(
      'offer 2 kinds of care, most often shared meals (5) and befriending (2)',
    );
  });

  it('says when who bridges is estimated, on a big map', () => {
    const ids = Array.from({ length: 1200 }, (_, i) => `a${i}`);
    const big = mapDoc(
      Object.fromEntries(ids.map((id) => [id, 'individual'])),
      ids.slice(1).map((id, i) => [ids[i]!, id] as [string, string]),
    );
    const bridging = writeReport(big, analyseMap(big)).find((s) => s.id === 'bridges')!;
    expect(bridging.paragraphs.join(' ')).toContain('estimated from 500 of the 1,200 actors');
  });

  it('says what to do next on a map with no actors, or no ties yet, instead of sections of zeros', () => {
    const empty = mapDoc({}, [], { kinds: ['individual', 'statutory'] });
    const none = writeReport(empty, analyseMap(empty));
    expect(none.map((s) => s.id)).toEqual(['includes']);
    expect(none[0]!.paragraphs[0]).toContain('has no actors yet');
    const untied = mapDoc({ a: 'individual', s: 'statutory' }, []);
    const early = writeReport(untied, analyseMap(untied));
    expect(early.map((s) => s.id)).toEqual(['includes', 'kinds', 'under-represented', 'fragmentation']);
    expect(early[3]!.paragraphs[0]).toContain('No actor is tied to another yet');
  });

  it('renders Markdown and self-contained, escaped HTML with the map image', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const md = reportToMarkdown(sections, { title: 'Clapton <Care>', mapImage: png });
    expect(md).toMatch(/^# Analysis & Overview: Clapton &lt;Care&gt;/); // a name is never raw HTML in Markdown
    expect(md).toContain('## Which connections would most help');
    const html = reportToHtml(sections, { title: 'Clapton <Care>', mapImage: png });
    expect(html).toContain('Clapton &lt;Care&gt;');
    expect(html).not.toContain('<Care>');
    expect(html).toContain(`<img src="${png}"`);
    expect(html).toContain('Individual active citizen: 12 actors');
    expect(reportToHtml(sections, { title: 'x', mapImage: 'javascript:alert(1)' })).not.toContain('<img');
  });
});
