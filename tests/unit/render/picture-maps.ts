// Maps for the picture tests: the demo map as a document, and a 45-actor map with lone actors far to the right and a
// small separate group far below, like the partner's Kumu workbook that once gave a 7,012 × 2,918 px mostly empty PNG.
import type { Actor, ActorId, MapDocument, Tie, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { demoMapContent } from '../../../src/main/demo/build-demo-map';

const HISTORY = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export function demoDocument(): MapDocument {
  const { name, actors = [], ties = [], ...taxonomy } = demoMapContent();
  return {
    info: { path: '/tmp/demo.caremap', name, createdAt: '2026-01-01T00:00:00Z', schemaVersion: 2 },
    ...taxonomy,
    actors: [...actors],
    ties: [...ties],
    history: HISTORY,
  };
}

/** 32 actors in a tied cluster, a 4-actor group 2,500 units below, and 9 lone actors 3,000 units to the right. */
export function farFlungDocument(): MapDocument {
  const base = demoDocument();
  const kinds = base.kinds;
  const actor = (i: number, x: number, y: number): Actor => ({
    id: `a${i}` as ActorId,
    name: `Actor number ${i} of the partner's sheet`,
    kindId: kinds[i % kinds.length]!.id,
    x,
    y,
    ...blankActorDetails(),
  });
  const actors: Actor[] = [];
  for (let i = 0; i < 32; i++) actors.push(actor(i, (i % 8) * 190, Math.floor(i / 8) * 150));
  for (let i = 32; i < 36; i++) actors.push(actor(i, (i - 32) * 190, 2500));
  for (let i = 36; i < 45; i++) actors.push(actor(i, 4500 + (i % 3) * 190, (i - 36) * 40));
  const ties: Tie[] = [];
  const tie = (from: number, to: number) =>
    ties.push({
      id: `t${ties.length}` as TieId,
      fromId: `a${from}` as ActorId,
      toId: `a${to}` as ActorId,
      tieTypeId: base.tieTypes[0]!.id,
      direction: 'one-way',
      ...blankTieDetails(),
    });
  for (let i = 1; i < 32; i++) tie(i, i % 8 === 0 ? i - 8 : i - 1);
  for (let i = 33; i < 36; i++) tie(i - 1, i);
  return { ...base, info: { ...base.info, name: 'Partner network' }, actors, ties };
}
