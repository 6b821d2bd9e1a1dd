// What the UI thread and the analysis worker say to each other.
import type { CanvasDocument } from '../../../shared/canvas-records';
import type { MapAnalysis } from '../../../shared/analysis/types';

export interface AnalysisRequest {
  /** Numbers each request, so an answer about an older version of the map can be recognised. */
  seq: number;
  doc: CanvasDocument;
}

export type AnalysisReply = { seq: number; analysis: MapAnalysis } | { seq: number; error: string };
