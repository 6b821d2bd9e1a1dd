// The report being edited: each section's heading and text as the facilitator left them, kept in memory for as long as
// Caremap stays open (per map, so switching maps and back keeps them), until "Write again from the map". Session state.
import { create } from 'zustand';
// Not the analysis index: it would pull graphology and Louvain into the window's start-up bundle (they run in the worker).
import { writeReport } from '../../../shared/analysis/report';
import type { ReportSection } from '../../../shared/analysis/report-section';
import type { MapAnalysis } from '../../../shared/analysis/types';
import { sectionFromText, sectionToText } from '../../../shared/analysis/report-edit';
import { useAnalysisStore } from '../state/analysis-store';
import { useDocumentStore } from '../state/document-store';
import { currentDocument } from './current-document';

export interface SectionDraft {
  id: ReportSection['id'];
  heading: string;
  text: string;
}

interface ReportState {
  open: boolean;
  /** Drafts per map file path. */
  drafts: Record<string, SectionDraft[]>;
  /** Maps whose drafts the facilitator has changed since they were written. */
  edited: Record<string, boolean>;
  /** The figures each map's drafts were written from, to tell when the map has changed since. */
  writtenFrom: Record<string, MapAnalysis>;
}

export const useReportStore = create<ReportState>()(() => ({ open: false, drafts: {}, edited: {}, writtenFrom: {} }));

const mapKey = () => useDocumentStore.getState().info?.path ?? '';

/**
 * The words depend only on the figures (names included), and a fresh analysis comes after any edit or when the panel
 * reopens, so two analyses are compared by content, once each (a few ms on 5,000 actors).
 */
const figureKeys = new WeakMap<MapAnalysis, string>();
function figuresKey(analysis: MapAnalysis): string {
  let key = figureKeys.get(analysis);
  if (key === undefined) figureKeys.set(analysis, (key = JSON.stringify(analysis)));
  return key;
}

function sameFigures(a: MapAnalysis | undefined, b: MapAnalysis | null): boolean {
  return a === b || (a !== undefined && b !== null && figuresKey(a) === figuresKey(b));
}

/** Writes the report afresh from the latest figures; false when there are none yet. */
export function regenerateReport(): boolean {
  const analysis = useAnalysisStore.getState().analysis;
  const doc = currentDocument(useDocumentStore.getState());
  if (!analysis || !doc) return false;
  const drafts = writeReport(doc, analysis).map((s) => ({ id: s.id, heading: s.heading, text: sectionToText(s) }));
  const key = mapKey();
  useReportStore.setState((s) => ({
    drafts: { ...s.drafts, [key]: drafts },
    edited: { ...s.edited, [key]: false },
    writtenFrom: { ...s.writtenFrom, [key]: analysis },
  }));
  return true;
}

/** Unedited words follow the map: they are written again when the map changed since. Edited words wait to be asked. */
export function openReport(): void {
  const key = mapKey();
  const state = useReportStore.getState();
  const outOfDate = !sameFigures(state.writtenFrom[key], useAnalysisStore.getState().analysis);
  if (!state.drafts[key] || (outOfDate && !state.edited[key])) regenerateReport();
  useReportStore.setState({ open: true });
}

export function closeReport(): void {
  useReportStore.setState({ open: false });
}

export function editSection(index: number, change: Partial<Pick<SectionDraft, 'heading' | 'text'>>): void {
  const key = mapKey();
  useReportStore.setState((s) => {
    const drafts = [...(s.drafts[key] ?? [])];
    const draft = drafts[index];
    if (!draft) return s;
    drafts[index] = { ...draft, ...change };
    return { drafts: { ...s.drafts, [key]: drafts }, edited: { ...s.edited, [key]: true } };
  });
}

export function useReportDrafts(): { drafts: SectionDraft[] | undefined; edited: boolean; outOfDate: boolean } {
  const key = useDocumentStore((s) => s.info?.path ?? '');
  const drafts = useReportStore((s) => s.drafts[key]);
  const edited = useReportStore((s) => s.edited[key] ?? false);
  const writtenFrom = useReportStore((s) => s.writtenFrom[key]);
  const latest = useAnalysisStore((s) => s.analysis);
  return { drafts, edited, outOfDate: drafts !== undefined && latest !== null && !sameFigures(writtenFrom, latest) };
}

/** The drafts as report sections, ready for the HTML, PDF and Markdown writers. */
export function draftsToSections(drafts: readonly SectionDraft[]): ReportSection[] {
  return drafts.map((d) => sectionFromText({ id: d.id, heading: d.heading.trim() || 'Untitled section', paragraphs: [], items: [] }, d.text));
}
