// A report section as the text a facilitator edits, and back: paragraphs split by blank lines, points as lines starting "- ".
import type { ReportSection } from './report-section';

export function sectionToText(section: Pick<ReportSection, 'paragraphs' | 'items'>): string {
  return [
    ...section.paragraphs,
    ...(section.items.length > 0 ? [section.items.map((i) => `- ${i}`).join('\n')] : []),
  ].join('\n\n');
}

const POINT = /^\s*[-•*]\s+/;

/** Lines starting "- " (or "• ", "* ") are points; other lines join into paragraphs; blank lines separate paragraphs. */
export function sectionFromText<S extends ReportSection>(section: S, text: string): S {
  const paragraphs: string[] = [];
  const items: string[] = [];
  let current: string[] = [];
  const endParagraph = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') endParagraph();
    else if (POINT.test(line)) {
      endParagraph();
      items.push(line.replace(POINT, ''));
    } else current.push(line);
  }
  endParagraph();
  return { ...section, paragraphs, items };
}
