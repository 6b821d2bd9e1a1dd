// Fills in provenance: what a request says, over what the record had (or, for a new record, "by hand, today").
import type { ProvenancePatch } from '../../shared/api-fields';
import type { Provenance } from '../../shared/domain';
import { todayIsoDate } from '../../shared/dates';
import { handProvenance } from '../../shared/record-defaults';

/** Keys the request left out keep `base`'s value; keys it gave as null clear them. */
export function patchProvenance(base: Provenance, patch: ProvenancePatch | undefined): Provenance {
  if (!patch) return base;
  return {
    source: patch.source ?? base.source,
    label: patch.label ?? base.label,
    sheet: patch.sheet === undefined ? base.sheet : patch.sheet,
    row: patch.row === undefined ? base.row : patch.row,
    recordedOn: patch.recordedOn === undefined ? base.recordedOn : patch.recordedOn,
    certainty: patch.certainty ?? base.certainty,
  };
}

/** A new record's provenance: Caremap knows it was recorded today; the request may say more (a workshop's name). */
export function newProvenance(patch: ProvenancePatch | undefined): Provenance {
  return patchProvenance(handProvenance(todayIsoDate()), patch);
}
