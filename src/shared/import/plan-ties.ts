// The tie rows of an import planned against the map: each row's ends resolved, checked against the store's rule for
// ties between two actors (shared/tie-pairs.ts) — the file's earlier rows and the map's ties — merged with a tie
// already there, or refused with a problem naming its row. Part of planImport (plan-import.ts).
import type { ActorId, CustomValues, Provenance, Tie, TieId } from '../domain';
import { checkCustomValue } from '../custom-values';
import type { ImportChoices } from './import-types';
import type { ImportTaxonomy } from './import-taxonomy';
import type { ProblemList } from './problems';
import type { TieDraft } from './read-tie-rows';
import { TiePairIndex } from './tie-pair-index';
import { tieTypeKey } from './match-kinds';

/** The tie field a numeric strength (Gephi's Weight, Kumu's Strength) is kept in, beside the three levels. */
export const WEIGHT_FIELD = 'Weight';

export const NO_PROVENANCE: Provenance = {
  source: 'import',
  label: '',
  sheet: null,
  row: null,
  recordedOn: null,
  certainty: 'reported',
};

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

export interface TiePlanInput {
  drafts: readonly TieDraft[];
  mapTies: readonly Tie[];
  choices: Pick<ImportChoices, 'reciprocal' | 'tieTypes'>;
  /** Headers of tie columns chosen as numbers. */
  numberHeaders: ReadonlySet<string>;
  taxonomy: ImportTaxonomy;
  problems: ProblemList;
  /** A tie end's actor (the file's, the map's or a new one), or null with a problem added. */
  resolveEnd: (text: string, sheet: string, row: number, column: string) => ActorId | null;
  nameOf: (id: ActorId) => string;
  newId: () => string;
  provenance: (sheet: string, row: number, certainty?: Provenance['certainty']) => Provenance;
}

/** The map's ties the rows change (before) and every tie the rows give (after), by id. */
export function planTies(input: TiePlanInput): { tiesBefore: Map<TieId, Tie>; tiesAfter: Map<TieId, Tie> } {
  const { choices, taxonomy, problems, resolveEnd, nameOf, provenance } = input;
  // The file's earlier rows and the map's ties, by their two actors and type.
  const numberOf = numbering();
  const mapTies = new TiePairIndex(numberOf);
  for (const tie of input.mapTies) mapTies.add(tie);
  const fileTies = new TiePairIndex(numberOf);
  const rowOfTie = new Map<TieId, number>();
  const tiesBefore = new Map<TieId, Tie>();
  const tiesAfter = new Map<TieId, Tie>();
  const mergeReciprocal = choices.reciprocal === 'mutual';
  for (const draft of input.drafts) {
    const fromId = resolveEnd(draft.from, draft.sheet, draft.row, draft.fromColumn);
    const toId = resolveEnd(draft.to, draft.sheet, draft.row, draft.toColumn);
    if (!fromId || !toId) continue;
    if (fromId === toId) {
      problems.add(
        draft.sheet,
        draft.row,
        draft.toColumn,
        `This tie goes from “${draft.from}” to itself, so it is not imported.`,
        'skipped',
      );
      continue;
    }
    const typeChoice = draft.tieType ? choices.tieTypes?.[tieTypeKey(draft.tieType)] : undefined;
    const tieTypeId = !draft.tieType
      ? null
      : typeChoice
        ? taxonomy.tieTypeFor(typeChoice)
        : taxonomy.tieType(draft.tieType);
    const ends = { fromId, toId, tieTypeId, direction: draft.direction ?? 'one-way' };
    // A→B then B→A (same type, both one-way): two ties, or (as the facilitator chose) one tie drawn both ways.
    const back = mergeReciprocal && ends.direction === 'one-way' ? fileTies.reverse(ends) : undefined;
    if (back) {
      const merged: Tie = { ...back, direction: 'mutual' };
      tiesAfter.set(merged.id, merged);
      fileTies.replace(merged);
      problems.add(
        draft.sheet,
        draft.row,
        '',
        `This tie from “${nameOf(fromId)}” to “${nameOf(toId)}” and the one back in row ${rowOfTie.get(back.id)} are imported as one two-way (mutual) tie.`,
        'merged',
      );
      continue;
    }
    const earlier = fileTies.clash(ends);
    if (earlier) {
      problems.add(
        draft.sheet,
        draft.row,
        '',
        `This tie between “${nameOf(fromId)}” and “${nameOf(toId)}” is given twice (first in row ${rowOfTie.get(earlier.id)}); only the first is imported.`,
        'merged',
      );
      continue;
    }
    let statusId = null;
    if (draft.status) {
      const status = taxonomy.status(draft.status);
      if (status) statusId = status.id;
      else
        problems.add(
          draft.sheet,
          draft.row,
          draft.statusColumn,
          `“${draft.status}” is not one of the map’s tie statuses (${taxonomy.statusNames()}); the tie has no status.`,
          'cleared',
        );
    }
    // The map's tie this row is (one an earlier row has not already taken); else, when merging, the map's tie back.
    const inMap =
      mapTies.clash(ends) ?? (mergeReciprocal && ends.direction === 'one-way' ? mapTies.reverse(ends) : undefined);
    const existing = inMap && !tiesBefore.has(inMap.id) ? inMap : undefined;
    const reciprocalOfMap =
      existing !== undefined &&
      existing.direction === 'one-way' &&
      existing.fromId === toId &&
      ends.direction === 'one-way';
    const base: Tie = existing ?? {
      id: input.newId() as TieId,
      fromId,
      toId,
      tieTypeId,
      direction: 'one-way',
      strength: 'medium',
      statusId: null,
      since: null,
      notes: '',
      customValues: {},
      provenance: NO_PROVENANCE,
    };
    const customValues: CustomValues = { ...base.customValues };
    if (draft.weight !== null) customValues[taxonomy.field(WEIGHT_FIELD, 'number', 'tie').id] = draft.weight;
    for (const [header, { text, column }] of Object.entries(draft.custom)) {
      const field = taxonomy.field(header, input.numberHeaders.has(header) ? 'number' : undefined, 'tie');
      const checked = checkCustomValue(field, text);
      if (!checked.ok) problems.add(draft.sheet, draft.row, column, `${checked.message} It is left out.`, 'cleared');
      else if (checked.value === null) delete customValues[field.id];
      else customValues[field.id] = checked.value;
    }
    // Every field written out (no spread), so 15,000 ties stay fast objects; see newActor.
    const tie: Tie = {
      id: base.id,
      fromId: base.fromId,
      toId: base.toId,
      tieTypeId: base.tieTypeId,
      direction: reciprocalOfMap ? 'mutual' : (draft.direction ?? base.direction),
      strength: draft.strength ?? base.strength,
      statusId: statusId ?? base.statusId,
      since: draft.since ?? base.since,
      notes: draft.notes ?? base.notes,
      customValues,
      provenance: provenance(draft.sheet, draft.row, existing?.provenance.certainty),
    };
    if (existing) tiesBefore.set(existing.id, existing);
    tiesAfter.set(tie.id, tie);
    fileTies.add(tie);
    rowOfTie.set(tie.id, draft.row);
  }
  return { tiesBefore, tiesAfter };
}
