// Collects the import's problems, each with its sheet, row and column and what will happen to it.
import { columnLetter, tidy } from './cell-values';
import type { ImportProblem, ProblemOutcome } from './import-types';

export class ProblemList {
  readonly items: ImportProblem[] = [];

  add(
    sheet: string,
    row: number,
    column: string,
    message: string,
    outcome: ProblemOutcome,
    choice?: ImportProblem['choice'],
  ): void {
    this.items.push({ sheet, row, column, message, outcome, ...(choice ? { choice } : {}) });
  }
}

/** "B (Type)", or just "B" for a column with no header. */
export function columnName(index: number, headers: readonly string[]): string {
  const header = tidy(headers[index] ?? '');
  return header ? `${columnLetter(index)} (${header})` : columnLetter(index);
}
