// Pastes copied actors and the ties among them as new records: one transaction, one undo step (copy, cut, duplicate).
import { randomUUID } from 'node:crypto';
import type { Input } from '../../shared/api';
import type { PasteResult, PastedActor } from '../../shared/api-paste-schemas';
import type { Actor, ActorId, CustomValues, Kind, Tie, TieId } from '../../shared/domain';
import { checkCustomValue } from '../../shared/custom-values';
import { CaremapError } from '../../shared/errors';
import { blankActorDetails, blankTieDetails } from '../../shared/record-defaults';
import { recordSet, type MapStore } from '../store';
import { applyActorPatch } from './actor-patch';
import { actorsLabel, countOf } from './labels';
import { NO_RECORDS } from './patch';
import { newProvenance } from './provenance';
import { runEdit } from './run-edit';
import { freeNames } from './paste-names';

const byName = <T extends { id: string; name: string }>(list: readonly T[]) =>
  new Map(list.map((entry) => [entry.name.trim().toLocaleLowerCase(), entry]));
const lookUp = <T>(names: ReadonlyMap<string, T>, name: string | null) =>
  name === null ? undefined : names.get(name.trim().toLocaleLowerCase());

/** Lists, by name, what this map could not take, so the facilitator hears it once per name rather than per record. */
class Notes {
  private readonly counts = new Map<string, number>();
  add(sentence: string): void {
    this.counts.set(sentence, (this.counts.get(sentence) ?? 0) + 1);
  }
  list(render: (sentence: string, n: number) => string): string[] {
    return [...this.counts].map(([sentence, n]) => render(sentence, n));
  }
}

function kindFor(store: MapStore, kinds: ReadonlyMap<string, Kind>, actor: PastedActor): Kind {
  const same = actor.kindId ? store.kind(actor.kindId) : null;
  const kind = same ?? lookUp(kinds, actor.kindName);
  if (!kind) {
    throw new CaremapError(
      'not-found',
      `This map has no kind called “${actor.kindName}”, so “${actor.name}” cannot be pasted. Add that kind in Kinds & lists…, then paste again.`,
      { field: 'kindName' },
    );
  }
  return kind;
}

export function pasteActors(store: MapStore, input: Input<'actors.paste'>): PasteResult {
  let renamed: PasteResult['renamed'] = [];
  const notes = new Notes();
  const result = runEdit(store, () => {
    const kinds = byName(store.kinds());
    const offers = byName(store.list('careOffers'));
    const fields = byName(store.list('customFields'));
    const fieldsById = new Map(store.list('customFields').map((f) => [f.id as string, f]));
    const tieTypes = byName(store.list('tieTypes'));
    const statuses = byName(store.list('tieStatuses'));
    const names = freeNames(
      store.actors().map((a) => a.name),
      input.actors.map((a) => a.name),
    );
    renamed = input.actors.flatMap((a, i) => (names[i] !== a.name ? [{ from: a.name, to: names[i]! }] : []));

    const ids = new Map<string, ActorId>();
    const actors: Actor[] = input.actors.map((pasted, i) => {
      const id = randomUUID() as ActorId;
      ids.set(pasted.ref, id);
      const careOfferIds = pasted.careOfferNames.flatMap((name) => {
        const offer = lookUp(offers, name);
        if (!offer) notes.add(`care offer “${name}”`);
        return offer ? [offer.id] : [];
      });
      const customValues: CustomValues = {};
      for (const { field: name, value } of pasted.customValues) {
        const field = lookUp(fields, name);
        const checked = field && value !== null ? checkCustomValue(field, value) : null;
        if (field && checked?.ok && checked.value !== null) customValues[field.id] = checked.value;
        else if (value !== null) notes.add(`field “${name}”`);
      }
      const base: Actor = {
        id,
        name: names[i]!,
        kindId: kindFor(store, kinds, pasted).id,
        x: pasted.x,
        y: pasted.y,
        ...blankActorDetails(newProvenance(undefined)),
        careOfferIds,
        customValues,
      };
      return applyActorPatch(base, pasted.details, { fields: fieldsById });
    });

    const ties: Tie[] = input.ties.flatMap((pasted) => {
      const fromId = ids.get(pasted.from);
      const toId = ids.get(pasted.to);
      // Only ties among the pasted actors come along; a tie to an actor left behind has no end here.
      if (!fromId || !toId || fromId === toId) return [];
      const tieType = lookUp(tieTypes, pasted.tieTypeName);
      if (pasted.tieTypeName !== null && !tieType) notes.add(`tie type “${pasted.tieTypeName}”`);
      const status = lookUp(statuses, pasted.statusName);
      if (pasted.statusName !== null && !status) notes.add(`tie status “${pasted.statusName}”`);
      return [
        {
          id: randomUUID() as TieId,
          fromId,
          toId,
          tieTypeId: tieType?.id ?? null,
          direction: pasted.direction,
          ...blankTieDetails(newProvenance(undefined)),
          strength: pasted.strength,
          statusId: status?.id ?? null,
          since: pasted.since,
          notes: pasted.notes,
        },
      ];
    });
    const label =
      actorsLabel(
        'Paste',
        actors.map((a) => a.name),
      ) + (ties.length > 0 ? ` and ${countOf(ties.length, 'tie')}` : '');
    return { label, patch: { before: NO_RECORDS, after: recordSet({ actors, ties }) } };
  });
  return {
    ...result,
    renamed,
    notes: notes.list((what, n) => `This map has no ${what}; ${n === 1 ? 'it was' : `${n} values were`} left out.`),
  };
}
