// An import's summary for a terminal: what was added and updated, then every problem with its sheet, row and column.
import type { ImportSummary } from '../shared/import';

const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function importSummaryText(summary: ImportSummary, mapName: string): string {
  const c = summary.counts;
  const lines = [
    `Imported “${summary.fileName}” into ${mapName}: ${n(c.actorsAdded, 'actor')} added, ${c.actorsUpdated} updated; ${n(c.tiesAdded, 'tie')} added, ${c.tiesUpdated} updated.`,
  ];
  const extras = [
    c.newKinds && n(c.newKinds, 'new kind'),
    c.newTieTypes && n(c.newTieTypes, 'new tie type'),
    c.newFields && n(c.newFields, 'new field'),
    c.newCareOffers && n(c.newCareOffers, 'new care offer'),
  ].filter(Boolean);
  if (extras.length) lines.push(`Also added: ${extras.join(', ')}.`);
  if (summary.problemCount === 0) lines.push('No problems.');
  else {
    lines.push('', `${n(summary.problemCount, 'problem')}:`);
    for (const p of summary.problems)
      lines.push(`  ${p.sheet}, row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
    if (summary.problemCount > summary.problems.length)
      lines.push(`  … and ${summary.problemCount - summary.problems.length} more.`);
  }
  return lines.join('\n');
}
