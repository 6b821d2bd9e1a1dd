// The taxonomy editor's edits: one API call per change (one undo step); a refusal goes back to the form that asked.
import { api } from '../api/client';
import type { OperationName, Request } from '../../../shared/api';
import type { EditResult } from '../../../shared/domain';
import { changedSomething, runFieldEdit } from './edits';
import { announce } from './session-store';

type TaxonomyOperation = Extract<
  OperationName,
  `${'kinds' | 'tieTypes' | 'tieStatuses' | 'careOffers' | 'customFields'}.${string}`
>;

export async function editTaxonomy<K extends TaxonomyOperation>(operation: K, input: Request<K>): Promise<void> {
  const call = api[operation] as (input: Request<K>) => Promise<EditResult>;
  const result = await runFieldEdit(() => call(input));
  if (changedSomething(result) && result.history.undoLabel)
    announce(`Done: ${result.history.undoLabel}. Undo takes it back.`);
}
