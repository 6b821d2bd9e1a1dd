// The zoomed-out scene is kept up to date by what changed: a selection change or a saved move's echo (new objects,
// same values) changes nothing; a drag takes its dot and ties out and puts them back moved; a filter rebuilds.
import { describe, expect, it } from 'vitest';
import type { KindId, TieStatus, TieStatusId } from '../../../src/shared/domain';
import type { ActorFlowNode, TieFlowEdge } from '../../../src/renderer/src/state/flow-types';
import { DIM, FULL } from '../../../src/renderer/src/state/visible-ids';
import type { SceneOptions } from '../../../src/renderer/src/canvas/far/far-scene';
import { SceneBuilder } from '../../../src/renderer/src/canvas/far/scene-builder';

const node = (id: string, x: number, y: number, selected = false): ActorFlowNode => ({
  id,
  type: 'actor',
  position: { x, y },
  data: { name: id, kindId: 'k' as KindId },
  selected,
});
const edge = (id: string, source: string, target: string): TieFlowEdge => ({
  id,
  source,
  target,
  type: 'tie',
  data: { direction: 'one-way', colour: '#5b6675', strength: 'medium', statusId: null },
});

const options = (o: Partial<SceneOptions> = {}): SceneOptions => ({
  zoom: 0.05,
  radius: 44,
  skip: null,
  actorLook: () => FULL,
  tieLook: () => FULL,
  statuses: new Map<TieStatusId, TieStatus>(),
  kinds: new Map(),
  scale: null,
  colour: null,
  ...o,
});

const nodes = [node('a', 0, 0), node('b', 1000, 0), node('c', 0, 1000)];
const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')];
const KEYS = ['zoom step', 'filter'];

describe('SceneBuilder', () => {
  it('builds the whole scene first, then reports no change for a selection change or an echo of equal values', () => {
    const builder = new SceneBuilder();
    const first = builder.update(nodes, edges, options(), KEYS);
    expect(first.changes).toBeNull();
    expect([first.scene.dots.size, first.scene.ties.size, first.scene.drawn, first.scene.full]).toEqual([3, 2, 3, 3]);
    const selected = nodes.map((n) => (n.id === 'a' ? { ...n, selected: true } : n));
    expect(builder.update(selected, edges, options(), KEYS).changes).toEqual({
      goneTies: [],
      newTies: [],
      changedDots: [],
    });
    const echoed = selected.map((n) => node(n.id, n.position.x, n.position.y));
    const echoedEdges = edges.map((e) => edge(e.id, e.source, e.target));
    expect(builder.update(echoed, echoedEdges, options(), KEYS).changes).toEqual({
      goneTies: [],
      newTies: [],
      changedDots: [],
    });
  });

  it('takes a dragged actor and its ties out as the drag starts and puts them back moved as it ends', () => {
    const builder = new SceneBuilder();
    builder.update(nodes, edges, options(), KEYS);
    const start = builder.update(nodes, edges, options({ skip: new Set(['b']) }), KEYS);
    expect(start.changes!.changedDots.map((d) => d.x)).toEqual([1000]);
    expect(start.changes!.goneTies).toHaveLength(2);
    expect(start.changes!.newTies).toHaveLength(0);
    expect([start.scene.dots.has('b'), start.scene.ties.size, start.scene.drawn]).toEqual([false, 0, 2]);

    const moved = nodes.map((n) => (n.id === 'b' ? node('b', 1200, 300) : n));
    const end = builder.update(moved, edges, options(), KEYS);
    expect(end.changes!.goneTies).toHaveLength(0);
    expect(end.changes!.newTies.map((t) => [t.fx, t.fy, t.tx, t.ty])).toEqual([
      [0, 0, 1200, 300],
      [1200, 300, 0, 1000],
    ]);
    expect(end.changes!.changedDots.map((d) => [d.x, d.y])).toEqual([[1200, 300]]);
    expect(end.scene.drawn).toBe(3);
  });

  it('patches an added and a deleted tie', () => {
    const builder = new SceneBuilder();
    builder.update(nodes, edges, options(), KEYS);
    const next = builder.update(nodes, [edges[0]!, edge('ca', 'c', 'a')], options(), KEYS);
    expect(next.changes!.goneTies.map((t) => [t.fx, t.tx])).toEqual([[1000, 0]]);
    expect(next.changes!.newTies.map((t) => [t.fx, t.fy, t.tx, t.ty])).toEqual([[0, 1000, 0, 0]]);
    expect([...next.scene.ties.keys()].sort()).toEqual(['ab', 'ca']);
  });

  it('rebuilds everything when a look input changes, with dimmed ties fainter', () => {
    const builder = new SceneBuilder();
    builder.update(nodes, edges, options(), KEYS);
    const dimmed = builder.update(
      nodes,
      edges,
      options({ actorLook: (id) => (id === 'c' ? DIM : FULL), tieLook: (id) => (id === 'bc' ? DIM : FULL) }),
      ['zoom step', 'another filter'],
    );
    expect(dimmed.changes).toBeNull();
    expect(dimmed.scene.full).toBe(2);
    expect(dimmed.scene.ties.get('bc')!.alpha).toBeLessThan(dimmed.scene.ties.get('ab')!.alpha / 4);
  });
});
