// What the Analysis panel lists: ranked and cut to length, and the note that says when who bridges is an estimate.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/shared/analysis';
import type { Kind, KindId } from '../../../src/shared/domain';
import { analysisToPanel } from '../../../src/renderer/src/analysis/analysis-to-panel';
import { mapDoc, plainDoc } from './analysis-docs';

const kindsOf = (kinds: Kind[]) => new Map<KindId, Kind>(kinds.map((k) => [k.id, k]));

describe('analysisToPanel', () => {
  it('ranks the most connected and the brokers, with no estimate note on a small map', () => {
    const doc = mapDoc({ a: 'individual', b: 'individual', club: 'grassroots', gp: 'statutory' }, [['a', 'club'], ['b', 'club'], ['club', 'gp']]);
    const model = analysisToPanel(analyseMap(doc), kindsOf(doc.kinds));
    expect(model.mostConnected[0]).toEqual({ actorId: 'club', detail: '3 ties' });
    // Only the club is tied to both sides (the people, and the GP surgery).
    expect(model.brokers).toEqual([{ actorId: 'club', detail: '2 informal ties, 1 formal tie' }]);
    expect(model.estimateNote).toBeNull();
  });

  it('says who is in between is estimated on a big map, and from how many actors', () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `a${i}`);
    const doc = plainDoc(ids, ids.slice(1).map((id, i) => [ids[i]!, id] as [string, string]));
    const model = analysisToPanel(analyseMap(doc), kindsOf(doc.kinds));
    expect(model.estimateNote).toContain('estimated from 500 of 1,500 actors');
    expect(model.mostConnected).toHaveLength(8);
  });
});
