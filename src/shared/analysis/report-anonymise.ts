// Takes people's names out of a report before it is shared: each becomes "Person n", numbered as on the
// anonymised map picture, in the written words and in anything the facilitator typed.
import type { MapDocument } from '../domain';
import { anonymousNames } from '../anonymise';
import type { ReportSection } from './report';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole names only ("Ada" is not replaced inside "Adam"), longest first (so "Ada Okafor" goes before "Ada"). */
export function anonymiseSections(sections: readonly ReportSection[], doc: MapDocument): ReportSection[] {
  const anonymous = anonymousNames(doc);
  const renames = doc.actors
    .filter((a) => a.name.trim() !== '' && anonymous.has(a.id) && anonymous.get(a.id) !== a.name)
    .map((a) => [a.name.trim(), anonymous.get(a.id)!] as const)
    .sort((x, y) => y[0].length - x[0].length);
  if (renames.length === 0) return sections.map((s) => ({ ...s }));
  const byName = new Map(renames);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${renames.map(([name]) => escapeRegExp(name)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const clean = (text: string) => text.replace(pattern, (name) => byName.get(name) ?? name);
  return sections.map((s) => ({ ...s, heading: clean(s.heading), paragraphs: s.paragraphs.map(clean), items: s.items.map(clean) }));
}
