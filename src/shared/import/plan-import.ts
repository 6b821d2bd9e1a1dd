// Plans an import against the map as it is: which actors are added or updated, which ties are added or updated,
// which kinds, tie types, care offers and fields are new, and every problem. Pure: the same plan is the preview and,
// inside the commit's transaction, the edit itself.
import type { Actor, ActorId, Provenance, Tie, TieId } from '../domain';
import { fieldShapesOf } from './caremap-sheets';
import { sameContent } from '../equal';
import type { ImportChoices, RawWorkbook } from './import-types';
import { ImportTaxonomy } from './import-taxonomy';
import { placeNewActors } from './place-actors';
import { ProblemList } from './problems';
import { resolveChoices } from './resolve-choices';
import { matchActors } from './plan-actors';
import { planTies } from './plan-ties';
import type { ActorMatches, ImportPlan, MapSnapshot, PlanContext, PlanOptions, TiePlan } from './plan-types';

export type { ImportPlan, ImportRecords, MapSnapshot, PlanOptions } from './plan-types';

/** Match actors, plan ties, place new actors, then count: each step its own function over one shared context. */
export function planImport(workbook: RawWorkbook, snapshot: MapSnapshot, given: Partial<ImportChoices>, options: PlanOptions): ImportPlan {
  const resolved = resolveChoices(workbook, snapshot.taxonomy.kinds, given);
  const ownLayout = resolved.layout === 'caremap';
  const ctx: PlanContext = {
    workbook,
    snapshot,
    choices: resolved.choices,
    options,
    problems: new ProblemList(),
    taxonomy: new ImportTaxonomy(snapshot.taxonomy, options.newId, ownLayout ? fieldShapesOf(workbook) : undefined),
    ownLayout,
    provenance: (sheet, row, certainty = 'reported'): Provenance => ({
      source: 'import',
      label: workbook.fileName,
      sheet,
      row,
      recordedOn: options.today,
      certainty,
    }),
  };
  const actors = matchActors(ctx, resolved.layout);
  const ties = planTies(ctx, actors);
  placeActors(snapshot, actors.before, actors.after, ties.after, actors.placedFromFile);
  return summarise(ctx, resolved, actors, ties);
}

/** The plan as the preview shows it and the commit writes it: whole records before and after, counts, problems. */
function summarise(ctx: PlanContext, resolved: ImportPlan['resolved'], { before, after }: ActorMatches, { before: tiesBefore, after: tiesAfter }: TiePlan): ImportPlan {
  const { taxonomy, problems } = ctx;
  const changedActors = [...before.keys()].filter((id) => !sameContent(before.get(id), after.get(id)));
  const changedTies = [...tiesBefore.keys()].filter((id) => !sameContent(tiesBefore.get(id), tiesAfter.get(id)));
  const newFields = taxonomy.newFields;
  return {
    resolved,
    records: {
      taxonomy: { kinds: taxonomy.newKinds, tieTypes: taxonomy.newTieTypes, careOffers: taxonomy.newCareOffers, customFields: newFields },
      actorsBefore: [...before.values()],
      actorsAfter: [...after.values()],
      tiesBefore: [...tiesBefore.values()],
      tiesAfter: [...tiesAfter.values()],
    },
    counts: {
      actorsAdded: after.size - before.size,
      actorsUpdated: changedActors.length,
      tiesAdded: tiesAfter.size - tiesBefore.size,
      tiesUpdated: changedTies.length,
      newKinds: taxonomy.newKinds.length,
      newTieTypes: taxonomy.newTieTypes.length,
      newFields: newFields.length,
      newCareOffers: taxonomy.newCareOffers.length,
    },
    problems: problems.items,
  };
}

/** New actors without X/Y from the file: laid out by the force layout around the map as it is (place-actors.ts). */
function placeActors(snapshot: MapSnapshot, before: Map<ActorId, Actor>, after: Map<ActorId, Actor>, ties: Map<TieId, Tie>, placedFromFile: Set<ActorId>): void {
  const placed = new Map<ActorId, { id: string; x: number; y: number }>();
  for (const a of snapshot.actors) placed.set(a.id, { id: a.id, x: a.x, y: a.y });
  for (const id of placedFromFile) placed.set(id, { id, x: after.get(id)!.x, y: after.get(id)!.y });
  const newcomers = [...after.values()].filter((a) => !before.has(a.id) && !placed.has(a.id));
  const links = [...ties.values()].map((t) => ({ fromId: t.fromId, toId: t.toId }));
  const positions = placeNewActors([...placed.values()], newcomers.map((a) => ({ id: a.id, kindId: a.kindId, name: a.name })), links);
  // Newcomers are this plan's own new records (never the map's), so they may be given their place in situ.
  for (const [id, point] of positions) {
    const actor = after.get(id as ActorId)!;
    actor.x = point.x;
    actor.y = point.y;
  }
}
