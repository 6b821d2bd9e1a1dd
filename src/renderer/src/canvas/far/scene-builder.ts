// Keeps the zoomed-out scene up to date by what changed: nodes and edges that are the same objects, or equal in what
// the far layer draws, are skipped, so a selection change, a drag's start and end, and a saved move's echo cost a
// pass over the ids rather than rebuilding 50,000 ties. Anything that changes every look (zoom, filter, colours)
// rebuilds the whole scene.
import type { ActorFlowNode, TieFlowEdge } from '../../state/flow-types';
import { FULL } from '../../state/visible-ids';
import {
  buildScene,
  dotOf,
  fullTieAlpha,
  sameDot,
  sameTie,
  tieOf,
  type Scene,
  type SceneDot,
  type SceneOptions,
  type SceneTie,
} from './far-scene';

/** What to repaint: the ties and dots as they were (to take out) and as they are (to put in). */
export interface SceneChanges {
  goneTies: SceneTie[];
  newTies: SceneTie[];
  changedDots: SceneDot[];
}

/** `changes` null: everything may have changed; paint the whole scene. */
export interface SceneUpdate {
  scene: Scene;
  changes: SceneChanges | null;
}

/** Past this many changed actors or ties, building afresh is as quick as patching. */
const MAX_CHANGES = 4000;

const sameEdge = (a: TieFlowEdge, b: TieFlowEdge) =>
  a.source === b.source &&
  a.target === b.target &&
  a.data?.colour === b.data?.colour &&
  a.data?.strength === b.data?.strength &&
  a.data?.statusId === b.data?.statusId &&
  a.data?.direction === b.data?.direction;

export class SceneBuilder {
  private scene: Scene | null = null;
  private nodes: readonly ActorFlowNode[] | null = null;
  private edges: readonly TieFlowEdge[] | null = null;
  private byId = new Map<string, ActorFlowNode>();
  private edgeById = new Map<string, TieFlowEdge>();
  private skip: ReadonlySet<string> | null = null;
  private keys: readonly unknown[] = [];

  /** `keys`: everything besides nodes, edges and `skip` that the looks depend on, compared by identity. */
  update(
    nodes: readonly ActorFlowNode[],
    edges: readonly TieFlowEdge[],
    o: SceneOptions,
    keys: readonly unknown[],
  ): SceneUpdate {
    const allKeys = [...keys, fullTieAlpha(edges.length)];
    const sameKeys = allKeys.length === this.keys.length && allKeys.every((k, i) => k === this.keys[i]);
    this.keys = allKeys;
    if (!this.scene || !sameKeys) return this.rebuild(nodes, edges, o);

    const actors = this.changedActors(nodes, o.skip);
    const ties = this.changedTies(edges, actors);
    if (actors.size > MAX_CHANGES || ties.size > MAX_CHANGES) return this.rebuild(nodes, edges, o);
    const changes: SceneChanges = { goneTies: [], newTies: [], changedDots: [] };
    const scene = this.scene;
    for (const id of actors) {
      const old = scene.dots.get(id);
      const node = this.byId.get(id);
      const dot = node ? dotOf(node, o) : null;
      if (old && dot && sameDot(old, dot)) continue;
      if (old) {
        changes.changedDots.push(old);
        scene.dots.delete(id);
        scene.drawn--;
        if (old.look === FULL) scene.full--;
      }
      if (dot) {
        changes.changedDots.push(dot);
        scene.dots.set(id, dot);
        scene.drawn++;
        if (dot.look === FULL) scene.full++;
      }
    }
    const alpha = fullTieAlpha(edges.length);
    for (const id of ties) {
      const old = scene.ties.get(id);
      const edge = this.edgeById.get(id);
      const tie = edge ? tieOf(edge, this.byId, alpha, o) : null;
      if (old && tie && sameTie(old, tie)) continue;
      if (old) {
        changes.goneTies.push(old);
        scene.ties.delete(id);
      }
      if (tie) {
        changes.newTies.push(tie);
        scene.ties.set(id, tie);
      }
    }
    return { scene, changes };
  }

  private rebuild(nodes: readonly ActorFlowNode[], edges: readonly TieFlowEdge[], o: SceneOptions): SceneUpdate {
    // The scene's own index of nodes is this one (not built twice); edges by a loop, no [id, edge] pairs to collect.
    this.byId = new Map();
    this.scene = buildScene(nodes, edges, o, this.byId);
    this.nodes = nodes;
    this.edges = edges;
    this.edgeById = new Map();
    for (const edge of edges) this.edgeById.set(edge.id, edge);
    this.skip = o.skip;
    return { scene: this.scene, changes: null };
  }

  /** Actors added, removed, moved, re-kinded, or starting or ending a drag. */
  private changedActors(nodes: readonly ActorFlowNode[], skip: ReadonlySet<string> | null): Set<string> {
    const changed = new Set<string>();
    if (nodes !== this.nodes) {
      const next = new Map<string, ActorFlowNode>();
      let added = false;
      for (const node of nodes) {
        next.set(node.id, node);
        const prev = this.byId.get(node.id);
        if (prev === node) continue;
        if (!prev) added = true;
        if (
          !prev ||
          prev.position.x !== node.position.x ||
          prev.position.y !== node.position.y ||
          prev.data.kindId !== node.data.kindId
        )
          changed.add(node.id);
      }
      if (added || next.size !== this.byId.size) for (const id of this.byId.keys()) if (!next.has(id)) changed.add(id);
      this.byId = next;
      this.nodes = nodes;
    }
    if (skip !== this.skip) {
      for (const id of this.skip ?? []) if (!skip?.has(id)) changed.add(id);
      for (const id of skip ?? []) if (!this.skip?.has(id)) changed.add(id);
      this.skip = skip;
    }
    return changed;
  }

  /** Ties added, removed or restyled, and every tie of a changed actor. */
  private changedTies(edges: readonly TieFlowEdge[], actors: ReadonlySet<string>): Set<string> {
    const changed = new Set<string>();
    if (edges !== this.edges) {
      const next = new Map<string, TieFlowEdge>();
      let added = false;
      for (const edge of edges) {
        next.set(edge.id, edge);
        const prev = this.edgeById.get(edge.id);
        if (prev === edge || (prev && sameEdge(prev, edge))) continue;
        if (!prev) added = true;
        changed.add(edge.id);
      }
      if (added || next.size !== this.edgeById.size)
        for (const id of this.edgeById.keys()) if (!next.has(id)) changed.add(id);
      this.edgeById = next;
      this.edges = edges;
    }
    if (actors.size > 0)
      for (const edge of this.edgeById.values())
        if (actors.has(edge.source) || actors.has(edge.target)) changed.add(edge.id);
    return changed;
  }
}
