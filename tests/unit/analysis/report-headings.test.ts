// Every heading of the report is chosen from the same figures as its text: maps where the informal side, the formal side
// or neither carries the load, one piece or fragmented; and kind names keep their own capitals inside sentences.
import { describe, expect, it } from 'vitest';
import { analyseMap, writeReport } from '../../../src/shared/analysis';
import { inSentence } from '../../../src/shared/analysis/report-words';
import { mapDoc } from './analysis-docs';

function sectionOf(actors: Record<string, string>, ties: [string, string][], id: string) {
  const doc = mapDoc(actors, ties, { kinds: ['individual', 'grassroots', 'charity', 'statutory'] });
  const section = writeReport(doc, analyseMap(doc)).find((s) => s.id === id)!;
  return { heading: section.heading, text: section.paragraphs.join('\n') };
}

/** A ring of `n` actors of one kind key, ids prefixed. */
function ring(prefix: string, n: number, key: string): { actors: Record<string, string>; ties: [string, string][] } {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  return {
    actors: Object.fromEntries(ids.map((id) => [id, key])),
    ties: ids.map((id, i) => [id, ids[(i + 1) % n]!] as [string, string]),
  };
}

function joined(...parts: { actors: Record<string, string>; ties: [string, string][] }[]) {
  return {
    actors: Object.assign({}, ...parts.map((p) => p.actors)) as Record<string, string>,
    ties: parts.flatMap((p) => p.ties),
  };
}

describe('the load heading follows the figures', () => {
  it('says the formal side carries the load when it holds most tie ends', () => {
    const map = joined(ring('s', 8, 'statutory'), ring('c', 6, 'charity'), ring('i', 3, 'individual'));
    map.ties.push(['s0', 'c0'], ['c0', 'i0']);
    const { heading, text } = sectionOf(map.actors, map.ties, 'load');
    expect(text).toMatch(/the informal side\) hold (\d+)%/);
    const informal = Number(/the informal side\) hold (\d+)%/.exec(text)![1]);
    expect(informal).toBeLessThan(50);
    expect(heading).toBe('Where the formal side carries the load');
    expect(heading).not.toContain('informal');
  });

  it('says the informal side carries the load when it holds most tie ends', () => {
    const map = joined(ring('i', 9, 'individual'), ring('g', 5, 'grassroots'), ring('s', 3, 'statutory'));
    map.ties.push(['i0', 'g0'], ['g0', 's0']);
    const { heading, text } = sectionOf(map.actors, map.ties, 'load');
    expect(Number(/the informal side\) hold (\d+)%/.exec(text)![1])).toBeGreaterThan(50);
    expect(heading).toBe('Where the informal side carries the load');
  });

  it('calls an even split even', () => {
    const map = joined(ring('i', 4, 'individual'), ring('s', 4, 'statutory'));
    const { heading, text } = sectionOf(map.actors, map.ties, 'load');
    expect(text).toContain('hold 50%');
    expect(heading).toBe('The informal and formal sides share the load');
  });
});

describe('the other headings follow the figures', () => {
  it('does not call a network in one piece fragmented, nor name single points of failure when there are none', () => {
    const map = ring('i', 6, 'individual');
    expect(sectionOf(map.actors, map.ties, 'fragmentation').heading).toBe('How the network hangs together');
    expect(sectionOf(map.actors, map.ties, 'bridges').heading).toBe('Who bridges the network');
  });

  it('calls two separate parts fragmented, and a cut point a single point of failure', () => {
    const apart = joined(ring('i', 4, 'individual'), ring('g', 4, 'grassroots'));
    expect(sectionOf(apart.actors, apart.ties, 'fragmentation').heading).toBe('Where the network is fragmented');
    const chain = {
      actors: { a: 'individual', b: 'individual', c: 'grassroots' },
      ties: [
        ['a', 'b'],
        ['b', 'c'],
      ] as [string, string][],
    };
    expect(sectionOf(chain.actors, chain.ties, 'bridges')).toMatchObject({
      heading: 'Who bridges, and single points of failure',
    });
  });

  it('says no kind is under-represented when the kinds are evenly spread', () => {
    const even = joined(
      ring('i', 3, 'individual'),
      ring('g', 3, 'grassroots'),
      ring('c', 3, 'charity'),
      ring('s', 3, 'statutory'),
    );
    const section = sectionOf(even.actors, even.ties, 'under-represented');
    expect(section.text).toContain('No kind is markedly under-represented');
    expect(section.heading).toBe('No kind is under-represented');
  });
});

describe('kind names inside sentences', () => {
  it('keeps meaningful capitals and lowers only a plain first capital', () => {
    expect(inSentence('Community charity / not-for-profit (CIC)')).toBe('community charity / not-for-profit (CIC)');
    expect(inSentence('NHS trust')).toBe('NHS trust');
    expect(inSentence('Befriending with Age UK')).toBe('befriending with Age UK');
    expect(inSentence('McKenzie Friends')).toBe('McKenzie Friends');
  });

  it('writes "(CIC)" in capitals in the bridges section', () => {
    const chain = {
      actors: { a: 'charity', b: 'charity', c: 'charity' },
      ties: [
        ['a', 'b'],
        ['b', 'c'],
      ] as [string, string][],
    };
    const { text } = sectionOf(chain.actors, chain.ties, 'bridges');
    expect(text).toContain('(community charity / not-for-profit (CIC))');
    expect(text).not.toContain('(cic)');
  });
});
