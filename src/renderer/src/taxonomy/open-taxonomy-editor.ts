// Opens the "Kinds & lists" editor, optionally on one of its tabs (the inspector's "add some" links use this).
import type { TaxonomyList } from '../../../shared/domain';
import { openDialog } from '../state/session-store';

let requestedTab: TaxonomyList = 'kinds';

export function openTaxonomyEditor(tab: TaxonomyList = 'kinds'): void {
  requestedTab = tab;
  openDialog('taxonomy');
}

/** The tab the editor opens on; read once when it mounts. */
export function initialTaxonomyTab(): TaxonomyList {
  return requestedTab;
}
