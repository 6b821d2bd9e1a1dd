// Session state: what this window is doing (renaming, panels, dialogs, messages). Never sent to the server.
import { create } from 'zustand';
import type { ActorId } from '../../../shared/domain';

export type OpenDialog = 'open-map' | 'new-map' | 'save-copy' | 'share-copy' | 'taxonomy' | 'import' | 'export' | null;

export interface Toast {
  id: number;
  message: string;
  /** 'notice': something to know, not a failure (a pasted name got a number). */
  tone?: 'notice';
}

export interface SessionState {
  /** 'loading' until the first map.current answers; 'empty' when no map is open. */
  phase: 'loading' | 'ready' | 'empty';
  editingActorId: ActorId | null;
  legendOpen: boolean;
  /** The side panel (palette, quick add, tips); hidden to give the map the whole screen when presenting. */
  toolsOpen: boolean;
  /** The details panel (inspector) on the right. */
  inspectorOpen: boolean;
  /** The Analysis panel: figures about the whole map. */
  analysisOpen: boolean;
  dialog: OpenDialog;
  toasts: Toast[];
  /** The last thing that happened, for the status bar and screen readers. */
  status: string;
  /** Bumped to ask the canvas to fit the whole map in view. */
  fitRequest: number;
  /** With a fit request: fit only these actors (zoom to selection); null fits the whole map. */
  fitIds: readonly string[] | null;
  /** A tie is being drawn: every actor becomes a drop target. */
  connecting: boolean;
  /** The map is being panned with the pointer (see canvas/GestureShield). */
  panning: boolean;
}

export const useSessionStore = create<SessionState>()(() => ({
  phase: 'loading',
  editingActorId: null,
  legendOpen: true,
  toolsOpen: true,
  inspectorOpen: true,
  analysisOpen: false,
  dialog: null,
  toasts: [],
  status: '',
  fitRequest: 0,
  fitIds: null,
  connecting: false,
  panning: false,
}));

let nextToastId = 1;

export function showError(message: string): void {
  const toast = { id: nextToastId++, message };
  // Keep the last three, so a burst of failures cannot bury the canvas.
  useSessionStore.setState((s) => ({ toasts: [...s.toasts, toast].slice(-3) }));
}

/** A message to read at one's own pace that is not an error, e.g. what a paste renamed. */
export function showNotice(message: string): void {
  const toast: Toast = { id: nextToastId++, message, tone: 'notice' };
  useSessionStore.setState((s) => ({ toasts: [...s.toasts, toast].slice(-3) }));
}

export function dismissToast(id: number): void {
  useSessionStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

export function announce(status: string): void {
  useSessionStore.setState({ status });
}

export function startRenaming(id: ActorId | null): void {
  useSessionStore.setState({ editingActorId: id });
}

export function openDialog(dialog: OpenDialog): void {
  useSessionStore.setState({ dialog });
}

export function requestFitView(): void {
  useSessionStore.setState((s) => ({ fitRequest: s.fitRequest + 1, fitIds: null }));
}

/** Zoom to selection: fits these actors into the free part of the canvas. */
export function requestFitActors(ids: readonly string[]): void {
  if (ids.length === 0) return;
  useSessionStore.setState((s) => ({ fitRequest: s.fitRequest + 1, fitIds: ids }));
}

export function toggleLegend(): void {
  useSessionStore.setState((s) => ({ legendOpen: !s.legendOpen }));
}

export function toggleTools(): void {
  useSessionStore.setState((s) => ({ toolsOpen: !s.toolsOpen }));
}

export function toggleInspector(): void {
  useSessionStore.setState((s) => ({ inspectorOpen: !s.inspectorOpen }));
}

export function toggleAnalysis(): void {
  useSessionStore.setState((s) => ({ analysisOpen: !s.analysisOpen }));
}
