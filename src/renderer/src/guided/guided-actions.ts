// What the guided session does: open it with this map's prompts, start it under a name, move between steps
// (setting what each step needs: the tie type for drawn ties, the Influence field and sizing by it), rewrite a
// prompt, and record care offers and influence per actor.
import { api } from '../api/client';
import type { ActorId, CareOfferId, CustomField, CustomFieldId } from '../../../shared/domain';
import { INFLUENCE_FIELD, stepKind, type GuideStep } from '../../../shared/guided/steps';
import { describeError } from '../state/describe-error';
import { updateActors } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { setSizeBy } from '../state/encoding-store';
import { announce, showError } from '../state/session-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { makeRoomForSession, useGuidedStore } from '../state/guided-store';

export async function openGuidedSession(): Promise<void> {
  const mapPath = useDocumentStore.getState().info?.path ?? null;
  useGuidedStore.setState({
    open: true,
    stepIndex: 0,
    sessionName: '',
    addedActors: [],
    addedTies: [],
    tieTypeId: null,
    mapPath,
  });
  makeRoomForSession();
  try {
    useGuidedStore.setState({ prompts: await api['sessionPrompts.get']({}) });
  } catch (error) {
    showError(describeError(error));
  }
}

export function startSession(name: string): void {
  useGuidedStore.setState({ sessionName: name, stepIndex: 1 });
  announce(`Started the session “${name}”. Everything added now is recorded as from it.`);
}

function influenceField(): CustomField | undefined {
  return useDocumentStore.getState().customFields.find((f) => f.name.toLowerCase() === INFLUENCE_FIELD.toLowerCase());
}

/** The map's Influence number field, made if it has none; the canvas then sizes actors by it. */
async function prepareInfluence(): Promise<void> {
  let field = influenceField();
  if (field && field.type !== 'number') {
    showError(
      `This map already has a field called “${field.name}” that is not a number. Rename it in Kinds & lists… to record influence here.`,
    );
    return;
  }
  if (!field) {
    try {
      await editTaxonomy('customFields.create', { name: INFLUENCE_FIELD, type: 'number' });
    } catch (error) {
      showError(describeError(error));
      return;
    }
    field = influenceField();
  }
  if (field) setSizeBy(field.id);
}

export function useInfluenceFieldId(): CustomFieldId | null {
  return useDocumentStore(
    (s) =>
      s.customFields.find((f) => f.type === 'number' && f.name.toLowerCase() === INFLUENCE_FIELD.toLowerCase())?.id ??
      null,
  );
}

export async function goToStep(index: number, steps: readonly GuideStep[]): Promise<void> {
  const step = steps[Math.max(0, Math.min(index, steps.length - 1))]!;
  useGuidedStore.setState({ stepIndex: steps.indexOf(step), tieTypeId: 'tieTypeId' in step ? step.tieTypeId : null });
  if (stepKind(step) === 'influence') await prepareInfluence();
}

/** An empty text puts Caremap's default back. Prompts live in the map file, so they come back next workshop. */
export async function savePrompt(step: string, text: string): Promise<boolean> {
  try {
    useGuidedStore.setState({ prompts: await api['sessionPrompts.set']({ step, text }) });
    announce(text.trim() ? 'Saved the prompt for this map.' : 'The prompt is back to Caremap’s own words.');
    return true;
  } catch (error) {
    showError(describeError(error));
    return false;
  }
}

export async function setInfluence(actorId: ActorId, fieldId: CustomFieldId, value: number): Promise<void> {
  await updateActors([actorId], { customValues: { [fieldId]: value } }).catch((error: unknown) =>
    showError(describeError(error)),
  );
}

export async function toggleCareOffer(actorId: ActorId, offerId: CareOfferId, has: boolean): Promise<void> {
  const patch = has ? { removeCareOffers: [offerId] } : { addCareOffers: [offerId] };
  await updateActors([actorId], patch).catch((error: unknown) => showError(describeError(error)));
}
