// What the Analysis panel lists: ranked and cut to length, and the note that says when who bridges is an estimate.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/shared/analysis';
import type { Kind, KindId } from '../../../src/shared/domain';
import { analysisToPanel } from '../../../src/renderer/src/analysis/analysis-to-panel';
import { mapDoc, plainDoc } from './analysis-docs';

const kindsOf = (kinds: Kind[]) => new Map<KindId, Kind>(kinds.map((k) => [k.id, k]));

describe('analysisToPanel', () => {
  it('ranks the most connected and the brokers, with no estimate note on a small map', () => {
    const doc = mapDoc({ a: 'individual', b: 'individual', club: 'grassroots', gp: 'statutory' }, [
      ['a', 'club'],
      ['b', 'club'],
      ['club', 'gp'],
    ]);
    const model = analysisToPanel(analyseMap(doc), kindsOf(doc.kinds));
    expect(model.mostConnected[0]).toEqual({ actorId: 'club', detail: '3 ties' });
    // Only the club is tied to both sides (the people, and the GP surgery).
    expect(model.brokers).toEqual([{ actorId: 'club', detail: '2 informal ties, 1 formal tie' }]);
    expect(model.estimateNote).toBeNull();
  });

  it('says who is in between is estimated on a big map, and from how many actors', () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `a${i}`);
    const doc = plainDoc(
      ids,
      ids.slice(1).map((id, i) => [ids[i]!, id] as [string, string]),
    );
    const model = analysisToPanel(analyseMap(doc), kindsOf(doc.kinds));
    expect(model.estimateNote).toContain('estimated from 500 of 1,500 actors');
    expect(model.mostConnected).toHaveLength(8);
  });

  it('lists most ties in and out on a directed map, strongest ties when strengths differ, and says what it assumes', () => {
    const doc = plainDoc(
      ['hub', 'a', 'b', 'c'],
      [
        ['hub', 'a'],
        ['hub', 'b'],
        ['c', 'hub'],
      ],
      { oneWay: true },
    );
    doc.ties[0] = { ...doc.ties[0]!, strength: 'strong' };
    const model = analysisToPanel(analyseMap(doc), kindsOf(doc.kinds));
    expect(model.mostOut).toEqual([
      { actorId: 'hub', detail: '2 ties out' },
      { actorId: 'c', detail: '1 tie out' },
    ]);
    // One tie in each for a, b and hub (equal counts by name); c has none, so it is not listed.
    expect(model.mostIn!.map((e) => e.actorId)).toEqual(['a', 'b', 'hub']);
    // hub: strong 3 + medium 2 + medium 2.
    expect(model.strongest![0]).toEqual({ actorId: 'hub', detail: 'strength 7 over 3 ties' });
    expect(model.assumptions[0]).toContain('undirected and unweighted');
    expect(model.assumptions[2]).toBe('Weighted figures count each tie by its strength: weak 1, medium 2, strong 3.');
  });

  it('has no in/out or strongest lists when no tie has a direction and all strengths are the same', () => {
    const doc = plainDoc(['a', 'b'], [['a', 'b']]);
    doc.ties[0] = { ...doc.ties[0]!, direction: 'none' };
    const model = analysisToPanel(analyseMap(doc), kindsOf(doc.kinds));
    expect([model.mostIn, model.mostOut, model.strongest]).toEqual([null, null, null]);
    expect(model.assumptions[1]).toBe(
      'No tie on this map has a direction, so there are no figures for ties in and out.',
    );
  });
});
