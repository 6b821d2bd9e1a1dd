// Session state for History: the panel, the map's snapshots, and what the canvas shows instead of now (a snapshot
// read-only, or a comparison) with each compared actor's and tie's mark. Never sent to the server.
import { create } from 'zustand';
import type { ChangeKind, MapDiff, SnapshotInfo } from '../../../shared/history';
import { useDocumentStore } from './document-store';

export type HistoryView =
  | { mode: 'snapshot'; path: string; name: string }
  | { mode: 'compare'; path: string; beforeName: string; afterName: string; diff: MapDiff };

export interface HistoryState {
  open: boolean;
  snapshots: SnapshotInfo[];
  /** null: the canvas shows the map as it is now, and edits are allowed. */
  view: HistoryView | null;
  /** Actor and tie ids → how they differ, while comparing. */
  marks: ReadonlyMap<string, ChangeKind>;
}

const NO_MARKS: ReadonlyMap<string, ChangeKind> = new Map();

export const useHistoryStore = create<HistoryState>()(() => ({
  open: false,
  snapshots: [],
  view: null,
  marks: NO_MARKS,
}));

export function toggleHistory(): void {
  useHistoryStore.setState((s) => ({ open: !s.open }));
}

export function leaveView(): void {
  useHistoryStore.setState({ view: null, marks: NO_MARKS });
}

/** One actor's or tie's mark while comparing; undefined otherwise (the usual case, so most nodes never re-render). */
export function useChangeMark(id: string): ChangeKind | undefined {
  return useHistoryStore((s) => s.marks.get(id));
}

/**
 * While comparing, removed actors and ties are drawn as ghosts at their old places; they are not part of either map,
 * so counts (legend, status bar) leave them out. Counts `ids` that are ghosts.
 */
export function countGhosts(marks: ReadonlyMap<string, ChangeKind>, ids: Iterable<string>): number {
  if (marks.size === 0) return 0;
  let n = 0;
  for (const id of ids) if (marks.get(id) === 'removed') n++;
  return n;
}

/** What an edit should be told while the canvas shows the past; null when edits are allowed. */
export function readOnlyReason(): string | null {
  const { view } = useHistoryStore.getState();
  if (!view) return null;
  const what = view.mode === 'snapshot' ? `the snapshot “${view.name}”` : 'a comparison';
  return `You are looking at ${what}, which cannot be changed. Click “Back to now” to make changes.`;
}

// Opening another map (File menu, Electron's menu) ends any view of this map's past.
useDocumentStore.subscribe((s) => {
  const { view } = useHistoryStore.getState();
  if (view && s.info?.path !== view.path) leaveView();
});
