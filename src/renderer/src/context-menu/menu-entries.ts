// The commands each right-click menu offers: every one calls the same action as its button, key or panel elsewhere.
import type { ActorId, KindId, TieTypeId } from '../../../shared/domain';
import { api } from '../api/client';
import {
  copySelection,
  cutSelection,
  duplicateSelection,
  paste,
  useClipboardStore,
} from '../clipboard/clipboard-actions';
import { careCircle, setPinned } from '../layout/layout-actions';
import { updateTies } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { createActor, deleteSelection, runEdit } from '../state/edits';
import { selectTie } from '../state/flow-store';
import { describeError } from '../state/describe-error';
import { announce, requestFitActors, requestFitView, showError, startRenaming } from '../state/session-store';
import { setFocus } from '../state/view-store';
import type { MenuTarget } from './context-menu-store';

export type MenuEntry =
  | { label: string; keys?: string; disabled?: boolean; run: () => unknown }
  | { label: string; submenu: () => MenuEntry[] }
  | { separator: true };

const SEPARATOR: MenuEntry = { separator: true };

async function setKind(ids: readonly ActorId[], kindId: KindId): Promise<void> {
  const result = await runEdit(() => api['actors.setKind']({ ids: [...ids], kindId }));
  if (result?.history.undoLabel) announce(`Saved: ${result.history.undoLabel}.`);
}

function kindChoices(act: (kindId: KindId) => unknown, current?: KindId): MenuEntry[] {
  return useDocumentStore
    .getState()
    .kinds.map((k) => ({ label: k.name, disabled: k.id === current, run: () => act(k.id) }));
}

function tieTypeChoices(tieId: string, current: TieTypeId | null): MenuEntry[] {
  const set = (tieTypeId: TieTypeId | null) =>
    updateTies([tieId as never], { tieTypeId }).catch((e: unknown) => showError(describeError(e)));
  return [
    ...useDocumentStore
      .getState()
      .tieTypes.map((t) => ({ label: t.name, disabled: t.id === current, run: () => set(t.id) })),
    { label: 'No type', disabled: current === null, run: () => set(null) },
  ];
}

const clipboardEntries = (ids: ActorId[]): MenuEntry[] => [
  { label: 'Copy', keys: 'Ctrl+C', run: () => copySelection(ids) },
  { label: 'Cut', keys: 'Ctrl+X', run: () => cutSelection() },
  { label: 'Duplicate', keys: 'Ctrl+D', run: () => duplicateSelection(ids) },
];

function actorEntries(id: ActorId): MenuEntry[] {
  const actor = useDocumentStore.getState().actors.get(id);
  if (!actor) return [];
  return [
    { label: 'Rename', keys: 'F2', run: () => startRenaming(id) },
    { label: 'Change kind', submenu: () => kindChoices((kindId) => setKind([id], kindId), actor.kindId) },
    actor.pinned
      ? { label: 'Unpin', run: () => setPinned(false, [id]) }
      : { label: 'Pin in place', run: () => setPinned(true, [id]) },
    { label: 'Focus on its neighbours', run: () => setFocus({ actorId: id, steps: 1 }) },
    {
      label: 'Care circle around it',
      submenu: () => [
        { label: 'By ties (1 tie away, 2 ties away…)', run: () => careCircle('distance') },
        { label: 'By kind', run: () => careCircle('kind') },
      ],
    },
    SEPARATOR,
    ...clipboardEntries([id]),
    SEPARATOR,
    { label: 'Delete', keys: 'Delete', run: () => deleteSelection() },
  ];
}

function selectionEntries(ids: ActorId[]): MenuEntry[] {
  return [
    { label: `Change kind of ${ids.length} actors`, submenu: () => kindChoices((kindId) => setKind(ids, kindId)) },
    { label: 'Pin in place', run: () => setPinned(true, ids) },
    { label: 'Unpin', run: () => setPinned(false, ids) },
    { label: 'Zoom to selection', run: () => requestFitActors(ids) },
    SEPARATOR,
    ...clipboardEntries(ids),
    SEPARATOR,
    { label: `Delete ${ids.length} actors`, keys: 'Delete', run: () => deleteSelection() },
  ];
}

function tieEntries(id: string): MenuEntry[] {
  const tie = useDocumentStore.getState().ties.get(id as never);
  if (!tie) return [];
  return [
    { label: 'Change type', submenu: () => tieTypeChoices(id, tie.tieTypeId) },
    ...(tie.direction === 'one-way'
      ? [
          {
            label: 'Reverse direction',
            run: () => updateTies([tie.id], { reverse: true }).catch((e: unknown) => showError(describeError(e))),
          },
        ]
      : []),
    SEPARATOR,
    {
      label: 'Delete',
      keys: 'Delete',
      run: () => {
        selectTie(id, false);
        return deleteSelection();
      },
    },
  ];
}

function mapEntries(at: { x: number; y: number }): MenuEntry[] {
  const hasClipboard = useClipboardStore.getState().content !== null;
  return [
    { label: 'Add an actor here', submenu: () => kindChoices((kindId) => createActor(kindId, at)) },
    { label: 'Paste here', keys: 'Ctrl+V', disabled: !hasClipboard, run: () => paste(at) },
    SEPARATOR,
    { label: 'Fit the whole map in view', keys: 'Ctrl+0', run: () => requestFitView() },
  ];
}

export function entriesFor(target: MenuTarget): MenuEntry[] {
  switch (target.type) {
    case 'actor':
      return actorEntries(target.id);
    case 'selection':
      return selectionEntries(target.ids);
    case 'tie':
      return tieEntries(target.id);
    case 'map':
      return mapEntries(target.at);
  }
}

export function menuLabel(target: MenuTarget): string {
  const doc = useDocumentStore.getState();
  switch (target.type) {
    case 'actor':
      return `Actions for ${doc.actors.get(target.id)?.name ?? 'the actor'}`;
    case 'selection':
      return `Actions for ${target.ids.length} chosen actors`;
    case 'tie':
      return 'Actions for the tie';
    case 'map':
      return 'Actions for the map';
  }
}
