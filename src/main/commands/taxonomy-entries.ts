// Rules every taxonomy list shares: names unique whatever their capitals, and new entries placed at the end.
import type { Taxonomy, TaxonomyList } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import type { MapStore } from '../store';
import { quotedName } from './labels';

/** How an entry of each list is spoken of in messages and menu labels. */
export const ENTRY_NAMES: Record<TaxonomyList, string> = {
  kinds: 'kind',
  tieTypes: 'tie type',
  tieStatuses: 'tie status',
  careOffers: 'care offer',
  customFields: 'field',
};

/** "Referral" and "referral" would be two legend entries no one could tell apart; refuse the second. */
export function requireFreeName<K extends TaxonomyList>(
  store: MapStore,
  list: K,
  name: string,
  exceptId?: string,
): void {
  const wanted = name.toLocaleLowerCase();
  const taken = store.list(list).find((entry) => entry.id !== exceptId && entry.name.toLocaleLowerCase() === wanted);
  if (taken) {
    throw new CaremapError(
      'name-taken',
      `There is already a ${ENTRY_NAMES[list]} called “${taken.name}”. Choose another name.`,
      {
        field: 'name',
      },
    );
  }
}

/** New entries go after every existing one, so the legend keeps its order. */
export function nextSortOrder<K extends TaxonomyList>(store: MapStore, list: K): number {
  const entries: Taxonomy[K][number][] = store.list(list);
  return entries.reduce((max, entry) => Math.max(max, entry.sortOrder + 1), 0);
}

/** "Rename kind “Hub” to “Community hub”" when the name changed, else "Edit kind “Hub”". */
export function updateLabel(list: TaxonomyList, oldName: string, newName: string): string {
  const what = ENTRY_NAMES[list];
  return oldName === newName
    ? `Edit ${what} ${quotedName(oldName)}`
    : `Rename ${what} ${quotedName(oldName)} to ${quotedName(newName)}`;
}
