// Finds the actor a facilitator means from part of a name ("Prec" for "Precious Mensah"), as typed in a hurry in a
// workshop: capitals and accents do not matter; a whole name beats a start of a word, which beats any part.
import { fold } from '../text-fold';

export type NameMatch<T> =
  { found: T } | { found: null; problem: 'none' } | { found: null; problem: 'several'; candidates: T[] };

/** How well `typed` (already folded) fits `name`: 3 the whole name, 2 the start of a word, 1 inside, 0 not at all. */
function fit(name: string, typed: string): number {
  const folded = fold(name);
  if (folded === typed) return 3;
  if (folded.startsWith(typed) || folded.includes(` ${typed}`)) return 2;
  return folded.includes(typed) ? 1 : 0;
}

export function matchName<T extends { name: string }>(items: Iterable<T>, typed: string): NameMatch<T> {
  const wanted = fold(typed);
  if (!wanted) return { found: null, problem: 'none' };
  let best = 0;
  let candidates: T[] = [];
  for (const item of items) {
    const score = fit(item.name, wanted);
    if (score === 0 || score < best) continue;
    if (score > best) {
      best = score;
      candidates = [];
    }
    candidates.push(item);
  }
  if (candidates.length === 1) return { found: candidates[0]! };
  if (candidates.length === 0) return { found: null, problem: 'none' };
  return { found: null, problem: 'several', candidates };
}
