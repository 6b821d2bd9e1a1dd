// The latest analysis of the open map, as the worker last reported it. Session state, never sent to the server.
import { create } from 'zustand';
import type { PanelModel } from '../analysis/panel-model';

export interface AnalysisState {
  model: PanelModel | null;
  /** True from an edit until the worker answers for it. */
  running: boolean;
  error: string | null;
}

export const useAnalysisStore = create<AnalysisState>()(() => ({ model: null, running: false, error: null }));
