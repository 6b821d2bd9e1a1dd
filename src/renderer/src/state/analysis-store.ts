// The latest analysis of the open map, as the worker last reported it. Session state, never sent to the server.
import { create } from 'zustand';
import type { MapAnalysis } from '../../../shared/analysis/types';
import type { PanelModel } from './panel-model';

export interface AnalysisState {
  /** The figures, for size and colour by betweenness or community. */
  analysis: MapAnalysis | null;
  /** The same figures as the Analysis panel shows them. */
  model: PanelModel | null;
  /** True from an edit until the worker answers for it. */
  running: boolean;
  error: string | null;
}

export const useAnalysisStore = create<AnalysisState>()(() => ({
  analysis: null,
  model: null,
  running: false,
  error: null,
}));
