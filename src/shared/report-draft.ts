// The report as kept in a map file: each section's heading and text as the facilitator left them, and the figures
// (the analysis, as JSON) the words were written from. Shared by main (which stores it) and the renderer (which edits it).
import type { ReportSection } from './analysis/report-section';

/** Every section a report can have; the kept report is checked against this list when it is saved and read. */
export const REPORT_SECTION_IDS = [
  'includes',
  'kinds',
  'under-represented',
  'fragmentation',
  'bridges',
  'load',
  'in-out',
  'connections',
  'assumptions',
] as const satisfies readonly ReportSection['id'][];

export interface SectionDraft {
  id: ReportSection['id'];
  heading: string;
  text: string;
}

export interface StoredReport {
  sections: SectionDraft[];
  /** JSON of the MapAnalysis the sections were first written from; compared as text to tell if the map changed. */
  figures: string;
  /** When it was last kept, ISO 8601. */
  savedAt: string;
}
