// Matches the values of a type column to the map's kinds, tolerant of case, spacing, punctuation and plurals:
// "Charity/CIC", "Social Enterprise" and "social enterprises" each find their kind; anything unmatched is offered
// as a new kind of that name.
import type { KindId } from '../domain';
import { fold } from '../text-fold';
import { MAX_KIND_VALUE } from './import-limits';

const STOP_WORDS = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'for', 'not', 'to', 'in']);

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "Social-Enterprises " → ["social", "enterprise"]. */
export function kindWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .map(singular);
}

/**
 * The key a type value is grouped by in the kind mapping: "Social enterprise" and "social  enterprises" share one.
 * Cut to the length the API accepts back, so a preview's kind choices can always be committed.
 */
export const kindKey = (text: string) =>
  remembered(kindKeys, text, () => kindWords(text).join(' ').slice(0, MAX_KIND_VALUE));

/**
 * A type column repeats a few values thousands of times ("Referral" in 60,000 rows): each distinct value's key is
 * worked out once (folding, splitting into words, plurals) and remembered, up to a bound so a column of all-different
 * values cannot grow the memory without end.
 */
const REMEMBERED = 2000;
const kindKeys = new Map<string, string>();
const tieTypeKeys = new Map<string, string>();
function remembered(keys: Map<string, string>, text: string, make: () => string): string {
  const known = keys.get(text);
  if (known !== undefined) return known;
  const key = make();
  if (keys.size >= REMEMBERED) keys.clear();
  keys.set(text, key);
  return key;
}

/** Words that name a seed kind without using its words. */
const SYNONYMS: Record<string, string> = {
  person: 'individual',
  people: 'individual',
  resident: 'individual',
  volunteer: 'individual',
  citizen: 'individual',
  cic: 'charity',
  nonprofit: 'charity',
  ngo: 'charity',
  council: 'statutory',
  nhs: 'statutory',
  'local authority': 'statutory',
  business: 'enterprise',
  'mutual aid': 'grassroot',
};

/**
 * The kind a value names, or null: the same words, or every word of the value among the kind's words. Tie types are
 * matched the same way (anything with an id and a name).
 */
export function matchKind<Id extends string = KindId>(
  value: string,
  kinds: readonly { id: Id; name: string }[],
): Id | null {
  const key = kindKey(value);
  if (key === '') return null;
  const exact = kinds.find((k) => kindKey(k.name) === key);
  if (exact) return exact.id;
  const words = (SYNONYMS[key] ?? key).split(' ').map((w) => SYNONYMS[w] ?? w);
  let best: { id: Id; score: number } | null = null;
  let tied = false;
  for (const kind of kinds) {
    const own = new Set(kindWords(kind.name));
    if (!words.every((w) => own.has(w))) continue;
    // Fewer extra words is a closer match: "Hub" is nearer "Community hub" than "Hub or voluntary organisation".
    const score = words.length / own.size;
    if (!best || score > best.score) {
      best = { id: kind.id, score };
      tied = false;
    } else if (score === best.score) tied = true;
  }
  return best && !tied ? best.id : null;
}

/** A tie type value's key: its words as a kind's are, or (a value of stop words only, "To") its folded text. */
export const tieTypeKey = (text: string) =>
  remembered(tieTypeKeys, text, () => kindKey(text) || fold(text).slice(0, MAX_KIND_VALUE));
