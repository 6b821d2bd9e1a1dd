// Takes people's names out of a report before it is shared: each becomes "Person n", numbered as on the
// anonymised map picture, in the written words and in anything the facilitator typed.
import type { MapDocument } from '../domain';
import { nameScrubber } from '../anonymise';
import type { ReportSection } from './report-section';

/** Whole names only ("Ada" is not replaced inside "Adam"), longest first (so "Ada Okafor" goes before "Ada"). */
export function anonymiseSections(sections: readonly ReportSection[], doc: MapDocument): ReportSection[] {
  const clean = nameScrubber(doc);
  return sections.map((s) => ({
    ...s,
    heading: clean(s.heading),
    paragraphs: s.paragraphs.map(clean),
    items: s.items.map(clean),
  }));
}
