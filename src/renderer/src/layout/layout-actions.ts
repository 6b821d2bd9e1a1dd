// The Layout menu's actions: each works out new positions with a pure layout and saves them as one undo step.
import type { ActorId, KindId } from '../../../shared/domain';
import { kindClassOf } from '../../../shared/analysis/kind-classes';
// The layout files this needs, not the layout index: that would pull the force layout (graphology, ForceAtlas2,
// noverlap) into the window's start-up bundle, and the force layout runs in its worker.
import { align, distribute, type AlignEdge, type DistributeAxis } from '../../../shared/layout/align';
import { careCircleLayout, type CareCircleMode } from '../../../shared/layout/care-circle';
import { groupByKind } from '../../../shared/layout/group-by-kind';
import type { LayoutActor } from '../../../shared/layout/layout-types';
import { api } from '../api/client';
import { describeError } from '../state/describe-error';
import { useDocumentStore } from '../state/document-store';
import { runFieldEdit } from '../state/edits';
import { selection } from '../state/flow-store';
import { announce, requestFitView, showError } from '../state/session-store';
import { applyLayout } from './apply-layout';
import { kindOrder, layoutActors, layoutTies } from './layout-input';
import { showGuides } from './layout-guides';
import { REGION_HEADING_PX } from './layout-guide-types';

/** A kind region's heading: the kind's name and how many of the map's actors it holds there. */
const regionHeading = (name: string | undefined, count: number) => `${name ?? 'Unknown kind'} (${count})`;
/** Width of a heading at REGION_HEADING_PX bold (0.62 em a character, erring wide), drawn 24 px in from the region's edge. */
const headingWidth = (text: string) => text.length * REGION_HEADING_PX * 0.62 + 24;

const ALIGN_WORDS: Record<AlignEdge, string> = {
  left: 'Lined up on the left',
  centre: 'Lined up on the centre',
  right: 'Lined up on the right',
  top: 'Lined up along the top',
  middle: 'Lined up along the middle',
  bottom: 'Lined up along the bottom',
};

const pinnedIn = (actors: readonly LayoutActor[]) => actors.filter((a) => a.pinned).length;

function selectedActors(): LayoutActor[] {
  return layoutActors(new Set<string>(selection().actorIds));
}

export async function careCircle(mode: CareCircleMode): Promise<void> {
  const chosen = selection().actorIds;
  if (chosen.length !== 1) {
    showError('Choose one actor first (click it): the care circle is drawn around that actor.');
    return;
  }
  const { kindsById } = useDocumentStore.getState();
  const classOf = (kindId: string) => {
    const kind = kindsById.get(kindId as never);
    return kind ? kindClassOf(kind) : 'voluntary';
  };
  const actors = layoutActors();
  const circle = careCircleLayout(actors, layoutTies(), chosen[0]!, mode, classOf, kindOrder());
  const name = useDocumentStore.getState().actors.get(chosen[0] as ActorId)?.name ?? 'the actor';
  showGuides(null);
  await applyLayout(`Care circle around ${name}`, circle.placements, pinnedIn(actors));
  showGuides({
    type: 'rings',
    centre: circle.centre,
    rings: circle.rings.map((r) => ({ radius: r.radius, label: r.label })),
    placed: circle.placements,
  });
  requestFitView();
}

export async function groupKinds(): Promise<void> {
  const chosen = selection().actorIds;
  const actors = chosen.length >= 2 ? selectedActors() : layoutActors();
  const { kindsById } = useDocumentStore.getState();
  const kindOf = (kindId: string) => kindsById.get(kindId as KindId);
  const { placements, groups } = groupByKind(actors, kindOrder(), (kindId) =>
    headingWidth(regionHeading(kindOf(kindId)?.name, 999)),
  );
  showGuides(null);
  await applyLayout('Grouped by kind', placements, pinnedIn(actors));
  showGuides({
    type: 'regions',
    regions: groups.map((g) => ({
      x: g.x,
      y: g.y,
      width: g.width,
      height: g.height,
      label: regionHeading(kindOf(g.kindId)?.name, g.count),
      colour: kindOf(g.kindId)?.colour ?? '#8a94a3',
    })),
    placed: placements,
  });
  requestFitView();
}

export async function alignSelection(edge: AlignEdge): Promise<void> {
  const actors = selectedActors();
  if (actors.length < 2)
    return showError('Choose two or more actors to line up (Shift+click or Shift+drag around them).');
  await applyLayout(ALIGN_WORDS[edge], align(actors, edge), pinnedIn(actors));
}

export async function distributeSelection(axis: DistributeAxis): Promise<void> {
  const actors = selectedActors();
  if (actors.length < 3)
    return showError('Choose three or more actors to space out evenly (Shift+click or Shift+drag around them).');
  await applyLayout(
    axis === 'horizontal' ? 'Spaced out evenly across' : 'Spaced out evenly down',
    distribute(actors, axis),
    pinnedIn(actors),
  );
}

/** Pins or unpins the chosen actors, as one undo step. */
export async function setPinned(pinned: boolean, ids: readonly ActorId[] = selection().actorIds): Promise<void> {
  if (ids.length === 0) return showError(`Choose the actors to ${pinned ? 'pin' : 'unpin'} first.`);
  try {
    await runFieldEdit(() => api['actors.update']({ ids: [...ids], patch: { pinned } }));
    const n = ids.length === 1 ? 'Actor' : `${ids.length} actors`;
    announce(
      pinned
        ? `${n} pinned in place: automatic layouts leave ${ids.length === 1 ? 'it' : 'them'} where ${ids.length === 1 ? 'it is' : 'they are'}.`
        : `${n} unpinned.`,
    );
  } catch (error) {
    showError(describeError(error));
  }
}
