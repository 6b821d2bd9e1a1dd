// Gephi's tables and network files name a tie's ends by node Id, not by name. An end that matches no Id is a problem
// listed by row, never a new actor made from an Id; an edges table chosen without its nodes table is matched by the
// "Id" an earlier import kept, or refused with a sentence saying which file is missing.
import { CaremapError } from '../errors';
import type { Actor, CustomField } from '../domain';
import { nameKey } from './cell-values';
import type { LayoutName, RawSheet } from './import-types';
import type { TieDraft } from './read-tie-rows';

/** The field Gephi's Id column becomes when its nodes table is imported (the column's own header). */
export const GEPHI_ID_FIELD = 'Id';

export const endsAreIds = (layout: LayoutName) => layout === 'gephi' || layout === 'graph';

/** "12", "n12", "geid_3": what node Ids look like, as opposed to people's and organisations' names. */
const ID_LIKE = /^[A-Za-z_]{0,5}\d+$/;

/**
 * Refuses an edges table on its own whose ends are all Id-like and match nothing in the map: its nodes file is
 * missing, and importing would make one actor per Id.
 */
export function requireNodesFile(
  fileName: string,
  tieSheet: RawSheet,
  drafts: readonly TieDraft[],
  actors: readonly Actor[],
): void {
  if (drafts.length === 0) return;
  const names = new Set(actors.map((a) => nameKey(a.name)));
  const ends = drafts.flatMap((d) => [d.from, d.to]);
  if (ends.some((end) => names.has(nameKey(end)) || !ID_LIKE.test(end.trim()))) return;
  throw new CaremapError(
    'bad-spreadsheet',
    `“${fileName}” holds only edges, and their Source and Target are node Ids (such as “${ends[0]}”) from a nodes file that was not chosen with it. Choose the nodes file and the edges file together (select both in the file chooser, or drop both) and import again.`,
    { file: fileName, sheet: tieSheet.name },
  );
}

export function idsOf(actors: readonly Actor[], field: CustomField | null): Map<string, Actor> {
  const byId = new Map<string, Actor>();
  if (field)
    for (const a of actors) if (a.customValues[field.id] !== undefined) byId.set(String(a.customValues[field.id]), a);
  return byId;
}
