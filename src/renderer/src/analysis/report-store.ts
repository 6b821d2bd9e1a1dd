// The report being edited: each section's heading and text as the facilitator left them, per map. Edits are kept in
// the map file (a moment after typing stops, and on closing), with the figures they were written from, so the report
// can be written over several evenings; "Write again from the map" lets them go.
import { create } from 'zustand';
// Not the analysis index: it would pull graphology and Louvain into the window's start-up bundle (they run in the worker).
import { writeReport } from '../../../shared/analysis/report';
import type { ReportSection } from '../../../shared/analysis/report-section';
import type { MapAnalysis } from '../../../shared/analysis/types';
import { sectionFromText, sectionToText } from '../../../shared/analysis/report-edit';
import type { SectionDraft } from '../../../shared/report-draft';
import { api } from '../api/client';
import { useAnalysisStore } from '../state/analysis-store';
import { describeError } from '../state/describe-error';
import { useDocumentStore } from '../state/document-store';
import { requestEverything } from '../state/details-store';
import { loadedWholeDocument } from './current-document';

export type { SectionDraft } from '../../../shared/report-draft';

interface ReportState {
  open: boolean;
  /** Drafts per map file path. */
  drafts: Record<string, SectionDraft[]>;
  /** Maps whose drafts the facilitator has changed since they were written (these are the ones kept in the file). */
  edited: Record<string, boolean>;
  /** The figures (as JSON) each map's drafts were written from, to tell when the map has changed since. */
  writtenFrom: Record<string, string>;
  /** Maps whose file already holds the figures, so later keeps send only the words. */
  figuresKept: Record<string, boolean>;
  /** A sentence when the edits could not be kept in the map file (a read-only map, a full disk); null when kept. */
  keepError: string | null;
}

export const useReportStore = create<ReportState>()(() => ({
  open: false,
  drafts: {},
  edited: {},
  writtenFrom: {},
  figuresKept: {},
  keepError: null,
}));

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

function sameFigures(writtenFrom: string | undefined, latest: MapAnalysis | null): boolean {
  return writtenFrom !== undefined && latest !== null && writtenFrom === figuresKey(latest);
}

/** Typing pauses this long before the words go to the file: one write per pause, not per key. */
const KEEP_DELAY_MS = 600;
let pending: { key: string; timer: ReturnType<typeof setTimeout> } | null = null;

async function keep(key: string): Promise<void> {
  const state = useReportStore.getState();
  const sections = state.drafts[key];
  // The API writes to the open map: a keep meant for another map must not land in this one.
  if (!sections || !state.edited[key] || key !== mapKey()) return;
  try {
    await api['report.save']({
      sections,
      ...(state.figuresKept[key] ? {} : { figures: state.writtenFrom[key] ?? '' }),
    });
    useReportStore.setState((s) => ({ figuresKept: { ...s.figuresKept, [key]: true }, keepError: null }));
  } catch (error) {
    useReportStore.setState({
      keepError: `Your changes to the report are kept only while Caremap stays open: ${describeError(error)}`,
    });
  }
}

/** Writes any waiting edit now (closing the report, opening it again). */
export async function flushReport(): Promise<void> {
  if (!pending) return;
  const { key, timer } = pending;
  clearTimeout(timer);
  pending = null;
  await keep(key);
}

function scheduleKeep(key: string): void {
  if (pending) clearTimeout(pending.timer);
  pending = { key, timer: setTimeout(() => ((pending = null), void keep(key)), KEEP_DELAY_MS) };
}

/** Writes the report afresh from the latest figures; false when there are none yet. Kept words in the file go. */
export function regenerateReport(): boolean {
  const analysis = useAnalysisStore.getState().analysis;
  // The report names care offers: it is written from the whole map, fetched when the report opens (openReport).
  const doc = loadedWholeDocument();
  if (!analysis || !doc) return false;
  const drafts = writeReport(doc, analysis).map((s) => ({ id: s.id, heading: s.heading, text: sectionToText(s) }));
  const key = mapKey();
  const wasKept = useReportStore.getState().edited[key] ?? false;
  if (pending?.key === key) {
    clearTimeout(pending.timer);
    pending = null;
  }
  useReportStore.setState((s) => ({
    drafts: { ...s.drafts, [key]: drafts },
    edited: { ...s.edited, [key]: false },
    writtenFrom: { ...s.writtenFrom, [key]: figuresKey(analysis) },
    figuresKept: { ...s.figuresKept, [key]: false },
  }));
  if (wasKept)
    api['report.clear']({}).catch((error: unknown) =>
      useReportStore.setState({ keepError: `The earlier words are still in the map file: ${describeError(error)}` }),
    );
  return true;
}

/** Reads the words kept in the map file, if any, into the drafts. */
async function loadKept(key: string): Promise<void> {
  try {
    const kept = await api['report.get']({});
    if (!kept || key !== mapKey()) return;
    useReportStore.setState((s) => ({
      drafts: { ...s.drafts, [key]: kept.sections },
      edited: { ...s.edited, [key]: true },
      writtenFrom: { ...s.writtenFrom, [key]: kept.figures },
      figuresKept: { ...s.figuresKept, [key]: true },
    }));
  } catch {
    // A map that cannot give its kept report still gets one written from its figures.
  }
}

/**
 * Kept (edited) words come back from the map file and wait to be asked before being written again; unedited words
 * follow the map: written again when the map changed since.
 */
export async function openReport(): Promise<void> {
  const key = mapKey();
  useReportStore.setState({ open: true, keepError: null });
  await flushReport();
  await loadKept(key);
  await requestEverything();
  const state = useReportStore.getState();
  const outOfDate = !sameFigures(state.writtenFrom[key], useAnalysisStore.getState().analysis);
  if (!state.drafts[key] || (outOfDate && !state.edited[key])) regenerateReport();
}

export function closeReport(): void {
  useReportStore.setState({ open: false });
  void flushReport();
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
  scheduleKeep(key);
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
  return drafts.map((d) =>
    sectionFromText({ id: d.id, heading: d.heading.trim() || 'Untitled section', paragraphs: [], items: [] }, d.text),
  );
}
