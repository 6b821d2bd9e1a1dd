// The import dialog's state and steps: read the chosen file (its bytes cross to main once), preview each change of
// choices, commit as one undo step. The work happens in main; this window only shows what it is waiting for.
import { create } from 'zustand';
import { api } from '../api/client';
import {
  MAX_IMPORT_BYTES,
  tooBigMessage,
  type ImportChoices,
  type ImportCommitOutput,
  type ImportPreview,
} from '../../../shared/import/import-types';
import { describeError } from '../state/describe-error';
import { runFieldEdit } from '../state/edits';
import { announce, openDialog, requestFitView } from '../state/session-store';
import { fileToBase64 } from './read-file';

export type ImportPhase = 'choose' | 'reading' | 'ready' | 'committing';

interface ImportState {
  phase: ImportPhase;
  /** What the busy state says: "Reading partners.xlsx…". */
  busyText: string;
  preview: ImportPreview | null;
  error: string | null;
  /** Files dropped on the window before the dialog opened. */
  pending: File[] | null;
}

export const useImportStore = create<ImportState>()(() => ({
  phase: 'choose',
  busyText: '',
  preview: null,
  error: null,
  pending: null,
}));

const set = useImportStore.setState;
let previewSeq = 0;

export function openImport(files?: File[]): void {
  set({ phase: 'choose', preview: null, error: null, busyText: '', pending: files && files.length > 0 ? files : null });
  openDialog('import');
  // While the facilitator picks a file, main loads the reader (a first read of a big file is then 0.5–1 s quicker).
  void api['import.prepare']({}).catch(() => undefined);
}

export function closeImport(): void {
  const id = useImportStore.getState().preview?.importId;
  if (id) void api['import.discard']({ importId: id }).catch(() => undefined);
  set({ phase: 'choose', preview: null, error: null, pending: null });
  openDialog(null);
}

/** One file, or several read as one import (Gephi's nodes and edges tables chosen or dropped together). */
export async function readImportFile(file: File, more: readonly File[] = []): Promise<void> {
  set({ pending: null, error: null });
  const big = [file, ...more].find((f) => f.size > MAX_IMPORT_BYTES);
  if (big) {
    set({ phase: 'choose', error: tooBigMessage(big.name) });
    return;
  }
  set({
    phase: 'reading',
    busyText: `Reading ${[file, ...more].map((f) => `“${f.name}”`).join(' and ')}…`,
    preview: null,
  });
  try {
    const base64 = await fileToBase64(file);
    const others = await Promise.all(more.map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })));
    const preview = await api['import.read']({
      fileName: file.name,
      base64,
      ...(others.length > 0 ? { more: others } : {}),
    });
    set({ phase: 'ready', preview });
  } catch (error) {
    set({ phase: 'choose', error: describeError(error) });
  }
}

/** Sends the changed choices; answers that arrive out of order are dropped, so the last change wins. */
export async function changeChoices(change: Partial<ImportChoices>): Promise<void> {
  const current = useImportStore.getState().preview;
  if (!current) return;
  const seq = ++previewSeq;
  const choices = { ...current.choices, ...change };
  // Another sheet has other columns: let main detect them afresh.
  if (change.actorSheet !== undefined) delete (choices as Partial<ImportChoices>).actorColumns;
  if (change.tieSheet !== undefined) delete (choices as Partial<ImportChoices>).tieColumns;
  set({ error: null, preview: { ...current, choices: { ...current.choices, ...change } } });
  try {
    const preview = await api['import.preview']({ importId: current.importId, choices });
    if (seq === previewSeq) set({ preview });
  } catch (error) {
    if (seq === previewSeq) set({ error: describeError(error), preview: current });
  }
}

export async function commitImport(): Promise<void> {
  const current = useImportStore.getState().preview;
  if (!current) return;
  const { actorsAdded, actorsUpdated, tiesAdded } = current.counts;
  set({
    phase: 'committing',
    busyText: `Importing ${actorsAdded + actorsUpdated} actors and ${tiesAdded} ties…`,
    error: null,
  });
  try {
    const result = (await runFieldEdit(() =>
      api['import.commit']({ importId: current.importId, choices: current.choices }),
    )) as ImportCommitOutput;
    const { counts } = result.summary;
    set({ phase: 'choose', preview: null });
    openDialog(null);
    announce(
      `Imported “${current.fileName}”: ${counts.actorsAdded} actors added, ${counts.actorsUpdated} updated, ${counts.tiesAdded} ties added. Undo takes the whole import back.`,
    );
    requestFitView();
  } catch (error) {
    set({ phase: 'ready', error: describeError(error) });
  }
}
