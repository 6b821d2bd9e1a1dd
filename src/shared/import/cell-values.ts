// Reading one cell's text as a field's value: tidied names, pipe-separated lists, directions, strengths, yes/no.
import type { TieDirection } from '../domain';
import { fold } from '../text-fold';
import { xmlSafeText } from '../xml-safe-text';

// Any whitespace other than a single space, or two in a row: only then is there anything to replace.
const UNTIDY = /\s\s|[^\S ]/;

/** Ends trimmed and runs of spaces made one, as every name in Caremap is. */
export function tidy(s: string): string {
  // Characters no export format can hold (controls, U+FFFE/U+FFFF, lone surrogates) never enter the map.
  const trimmed = xmlSafeText(s).trim();
  return UNTIDY.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** The key actors are matched by: case and surrounding or repeated spaces ignored (accents and emoji count). */
export const nameKey = (name: string) => tidy(name).toLowerCase();

/** Kumu writes several values in one cell separated by "|"; partners' sheets often use ";" or "," for tags. */
export function splitList(text: string, separators: RegExp = /[|;]/): string[] {
  return text
    .split(separators)
    .map(tidy)
    .filter((s) => s !== '');
}

const DIRECTIONS: Record<string, TieDirection> = {
  directed: 'one-way',
  'one way': 'one-way',
  oneway: 'one-way',
  'one-way': 'one-way',
  true: 'one-way',
  // Onodo's Directed column: 1 or 0.
  '1': 'one-way',
  '0': 'none',
  yes: 'one-way',
  undirected: 'none',
  none: 'none',
  false: 'none',
  no: 'none',
  mutual: 'mutual',
  both: 'mutual',
  'two way': 'mutual',
  'two-way': 'mutual',
  bidirectional: 'mutual',
  mixed: 'mutual',
};

export function parseDirection(text: string): TieDirection | null {
  return DIRECTIONS[fold(text)] ?? null;
}

export function isDirectionWord(text: string): boolean {
  return parseDirection(text) !== null && !['true', 'false', 'yes', 'no', '1', '0'].includes(fold(text));
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
