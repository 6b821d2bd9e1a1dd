// Planning step 2: read the tie rows, find each end among the file's actors and the map's (or plan a new actor, if
// chosen), and plan each tie: new, an update of the map's tie between the same two actors, or a merged repeat.
import type { ActorId, Tie, TieId } from '../domain';
import { nameKey } from './cell-values';
import { headerRowOf } from './detect-layout';
import { requireNodesFile } from './ends-by-id';
import { findSheet } from './resolve-choices';
import { readTieRows, reportLeftOutColumns } from './read-tie-rows';
import { newActor, NO_PROVENANCE } from './plan-records';
import type { ActorMatches, PlanContext, TiePlan } from './plan-types';

/** Ids as small numbers, so the key of a pair of actors and a tie type is short to build and to hash. */
function numbering(): (id: string | null) => number {
  const numbers = new Map<string | null, number>();
  return (id) => {
    let n = numbers.get(id);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(id, n);
    }
    return n;
  };
}
/** Plans the ties; an end that names no actor may add one to `actors.after` (when the facilitator chose so). */
export function planTies(ctx: PlanContext, actors: ActorMatches): TiePlan {
  const { workbook, snapshot, choices, options, problems, taxonomy, provenance } = ctx;
  const { actorSheet, after, fileById, fileByName, existingById, existingByName, byIds, endsMustMatch, existingIdField } = actors;
  // Tie ends: the file's own actors by ID then name, then the map's, then (if chosen) a new actor of that name.
  const createdForTies = new Map<string, ActorId>();
  // Set once the tie rows are read: their ends are Ids (at least one matches one), so only an Id may match — a label
  // that happens to equal an unknown Id must not catch the tie (Gephi exports whose labels are numbers).
  let strictIds = false;
  const resolveEnd = (text: string, sheet: string, row: number, column: string): ActorId | null => {
    const key = nameKey(text);
    const found = strictIds
      ? (fileById.get(text) ?? existingById.get(text)?.id)
      : (fileById.get(text) ?? fileByName.get(key) ?? existingById.get(text)?.id ?? existingByName.get(key)?.id ?? createdForTies.get(key));
    if (found) return found;
    if (strictIds) {
      const where = actorSheet ? `“${actorSheet.name}”` : 'the map (from an earlier import)';
      problems.add(sheet, row, column, `No node has the Id “${text}” in ${where}, so this tie is not imported.`, 'skipped');
      return null;
    }
    if (choices.unknownActors === 'skip') {
      problems.add(sheet, row, column, `“${text}” is not an actor in the file or the map, so this tie is not imported (or choose to create the actors ties name).`, 'skipped');
      return null;
    }
    const actor = newActor(options.newId() as ActorId, text.slice(0, 200), taxonomy.kind(choices.kinds['']!), provenance(sheet, row));
    after.set(actor.id, actor);
    createdForTies.set(key, actor.id);
    problems.add(sheet, row, column, `“${text}” is not an actor in the file or the map; it is added as a new actor.`, 'created');
    return actor.id;
  };

  // One tie of a type between two actors, whichever way round: the store's own rule.
  const numberOf = numbering();
  const pairKey = (a: ActorId, b: ActorId, type: string | null) => {
    const [x, y] = [numberOf(a), numberOf(b)];
    return x < y ? `${x},${y},${numberOf(type)}` : `${y},${x},${numberOf(type)}`;
  };
  const existingTies = new Map<string, Tie>();
  for (const tie of snapshot.ties) existingTies.set(pairKey(tie.fromId, tie.toId, tie.tieTypeId), tie);
  const tiesBefore = new Map<TieId, Tie>();
  const tiesAfter = new Map<TieId, Tie>();
  const seenInFile = new Map<string, number>();
  const tieOfKey = new Map<string, TieId>();
  const nameOf = (id: ActorId) => (after.get(id) ?? snapshot.actors.find((a) => a.id === id))?.name ?? '';
  const tieSheet = findSheet(workbook, choices.tieSheet);
  const tieDrafts = tieSheet ? readTieRows(tieSheet, headerRowOf(tieSheet, 'ties'), choices.tieColumns, problems) : [];
  strictIds = endsMustMatch && tieDrafts.some((d) => fileById.has(d.from) || fileById.has(d.to) || existingById.has(d.from) || existingById.has(d.to));
  if (tieSheet) reportLeftOutColumns(tieSheet, headerRowOf(tieSheet, 'ties'), choices.tieColumns, problems);
  if (tieSheet && byIds && !actorSheet && !existingIdField) requireNodesFile(workbook.fileName, tieSheet, tieDrafts, snapshot.actors);
  for (const draft of tieDrafts) {
    const fromId = resolveEnd(draft.from, draft.sheet, draft.row, draft.fromColumn);
    const toId = resolveEnd(draft.to, draft.sheet, draft.row, draft.toColumn);
    if (!fromId || !toId) continue;
    if (fromId === toId) {
      problems.add(draft.sheet, draft.row, draft.toColumn, `This tie goes from “${draft.from}” to itself, so it is not imported.`, 'skipped');
      continue;
    }
    const tieTypeId = draft.tieType ? taxonomy.tieType(draft.tieType) : null;
    const key = pairKey(fromId, toId, tieTypeId);
    const earlierRow = seenInFile.get(key);
    const earlier = earlierRow !== undefined ? tiesAfter.get(tieOfKey.get(key)!) : undefined;
    // A→B then B→A (same type, both one-way) is a reciprocal pair, not a repeat: one tie, drawn both ways.
    if (earlier && earlier.direction === 'one-way' && earlier.fromId === toId && earlier.toId === fromId && (draft.direction ?? 'one-way') === 'one-way') {
      earlier.direction = 'mutual';
      problems.add(draft.sheet, draft.row, '', `This tie from “${nameOf(fromId)}” to “${nameOf(toId)}” and the one back in row ${earlierRow} are imported as one two-way (mutual) tie.`, 'merged');
      continue;
    }
    if (earlierRow !== undefined) {
      problems.add(draft.sheet, draft.row, '', `This tie between “${nameOf(fromId)}” and “${nameOf(toId)}” is given twice (first in row ${earlierRow}); only the first is imported.`, 'merged');
      continue;
    }
    seenInFile.set(key, draft.row);
    let statusId = null;
    if (draft.status) {
      const status = taxonomy.status(draft.status);
      if (status) statusId = status.id;
      else problems.add(draft.sheet, draft.row, draft.statusColumn, `“${draft.status}” is not one of the map’s tie statuses (${taxonomy.statusNames()}); the tie has no status.`, 'cleared');
    }
    const existing = existingTies.get(key);
    const base: Tie = existing ?? { id: options.newId() as TieId, fromId, toId, tieTypeId, direction: 'one-way', strength: 'medium', statusId: null, since: null, notes: '', provenance: NO_PROVENANCE };
    // Every field written out (no spread), so 15,000 ties stay fast objects; see newActor.
    const tie: Tie = {
      id: base.id,
      fromId: base.fromId,
      toId: base.toId,
      tieTypeId: base.tieTypeId,
      direction: draft.direction ?? base.direction,
      strength: draft.strength ?? base.strength,
      statusId: statusId ?? base.statusId,
      since: draft.since ?? base.since,
      notes: draft.notes ?? base.notes,
      provenance: provenance(draft.sheet, draft.row, existing?.provenance.certainty),
    };
    if (existing) tiesBefore.set(existing.id, existing);
    tiesAfter.set(tie.id, tie);
    tieOfKey.set(key, tie.id);
  }

  return { before: tiesBefore, after: tiesAfter };
}
