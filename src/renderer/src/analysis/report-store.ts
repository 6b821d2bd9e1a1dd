// The report being edited: each section's heading and text as the facilitator left them, kept in memory for as long as
// Caremap stays open (per map, so switching maps and back keeps them), until "Write again from the map". Session state.
import { create } from 'zustand';
import { writeReport, type ReportSection } from '../../../shared/analysis';
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
}

export const useReportStore = create<ReportState>()(() => ({ open: false, drafts: {}, edited: {} }));

const mapKey = () => useDocumentStore.getState().info?.path ?? '';

/** Writes the report afresh from the latest figures; false when there are none yet. */
export function regenerateReport(): boolean {
  const analysis = useAnalysisStore.getState().analysis;
  const doc = currentDocument(useDocumentStore.getState());
  if (!analysis || !doc) return false;
  const drafts = writeReport(doc, analysis).map((s) => ({ id: s.id, heading: s.heading, text: sectionToText(s) }));
  const key = mapKey();
  useReportStore.setState((s) => ({ drafts: { ...s.drafts, [key]: drafts }, edited: { ...s.edited, [key]: false } }));
  return true;
}

export function openReport(): void {
  if (!useReportStore.getState().drafts[mapKey()]) regenerateReport();
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

export function useReportDrafts(): { drafts: SectionDraft[] | undefined; edited: boolean } {
  const key = useDocumentStore((s) => s.info?.path ?? '');
  const drafts = useReportStore((s) => s.drafts[key]);
  const edited = useReportStore((s) => s.edited[key] ?? false);
  return { drafts, edited };
}

/** The drafts as report sections, ready for the HTML, PDF and Markdown writers. */
export function draftsToSections(drafts: readonly SectionDraft[]): ReportSection[] {
  return drafts.map((d) => sectionFromText({ id: d.id, heading: d.heading.trim() || 'Untitled section', paragraphs: [], items: [] }, d.text));
}
