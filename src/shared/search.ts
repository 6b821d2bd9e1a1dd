// Finds actors by part of a name, tag or field value, ignoring capitals and accents, best matches first.
//
// Ranking: the name starts with the query; then a word of the name does; then the name contains it; then a tag
// (equal before starting with before containing); then any other field (care offers, custom values, description,
// address, notes, contact details). Within a rank, shorter names first, then alphabetical. Kinds are not searched:
// that is the filter's job, and "statutory" would otherwise match every statutory service.
import type { Actor, ActorId, CareOffer, CustomField } from './domain';
import { actorText, SEARCHED_FIELDS, type ActorText } from './actor-text';
import { fold } from './text-fold';

export type SearchMatch = 'name-prefix' | 'name-word' | 'name' | 'tag' | 'field';

export interface SearchResult {
  actorId: ActorId;
  name: string;
  match: SearchMatch;
  /** For a tag or field match: what matched, for the results list ("Tag: lunch club", "Notes: …"). */
  matchedLabel?: string;
  matchedText?: string;
}

export interface SearchableMap {
  actors: Iterable<Actor>;
  careOffers?: readonly CareOffer[];
  customFields?: readonly CustomField[];
}

const RANK_NAME_PREFIX = 0;
const RANK_NAME_WORD = 1;
const RANK_NAME = 2;
/** Tags rank among themselves: equal (3), starts with (4), contains (5). */
const RANK_TAG = 3;
const RANK_FIELD = 6;
const NO_MATCH = -1;

const MATCH_OF_RANK: readonly SearchMatch[] = ['name-prefix', 'name-word', 'name', 'tag', 'tag', 'tag', 'field'];

interface Names {
  /** Care offer id → [folded name, name]. */
  offers: ReadonlyMap<string, readonly [string, string]>;
  fields: ReadonlyMap<string, string>;
}

function nameRank(text: ActorText, query: string): number {
  const at = text.name.indexOf(query);
  if (at < 0) return NO_MATCH;
  if (at === 0) return RANK_NAME_PREFIX;
  return text.wordStarts.some((start) => text.name.startsWith(query, start)) ? RANK_NAME_WORD : RANK_NAME;
}

function tagRank(tag: string, query: string): number {
  if (tag === query) return RANK_TAG;
  if (tag.startsWith(query)) return RANK_TAG + 1;
  return tag.includes(query) ? RANK_TAG + 2 : NO_MATCH;
}

/** The best tag's index, or -1. */
function bestTag(text: ActorText, query: string): number {
  let best = -1;
  let bestRank = Number.POSITIVE_INFINITY;
  for (let i = 0; i < text.tags.length; i++) {
    const rank = tagRank(text.tags[i]!, query);
    if (rank !== NO_MATCH && rank < bestRank) {
      best = i;
      bestRank = rank;
    }
  }
  return best;
}

/** Where a field match is: a care offer's name, or an entry of text.fields; null when neither matches. */
function fieldMatch(
  actor: Actor,
  text: ActorText,
  query: string,
  names: Names,
): { label: string; text: string } | null {
  for (const id of actor.careOfferIds) {
    const offer = names.offers.get(id);
    if (offer !== undefined && offer[0].includes(query)) return { label: 'Care offer', text: offer[1] };
  }
  for (const [key, folded, original] of text.fields) {
    if (!folded.includes(query)) continue;
    return {
      label: typeof key === 'string' ? SEARCHED_FIELDS[key] : (names.fields.get(key.fieldId) ?? 'Field'),
      text: original,
    };
  }
  return null;
}

/** How well `actor` matches; allocation-free, since it runs for every actor on every keystroke. */
function rankOf(actor: Actor, text: ActorText, query: string, names: Names): number {
  const byName = nameRank(text, query);
  if (byName !== NO_MATCH) return byName;
  const tag = bestTag(text, query);
  if (tag >= 0) return tagRank(text.tags[tag]!, query);
  for (const id of actor.careOfferIds) if (names.offers.get(id)?.[0].includes(query)) return RANK_FIELD;
  for (const field of text.fields) if (field[1].includes(query)) return RANK_FIELD;
  return NO_MATCH;
}

/** The result shown in the list, built only for the few that make the cut. */
function toResult(actor: Actor, text: ActorText, query: string, rank: number, names: Names): SearchResult {
  const result: SearchResult = { actorId: actor.id, name: actor.name, match: MATCH_OF_RANK[rank]! };
  if (rank >= RANK_TAG && rank < RANK_FIELD) {
    result.matchedLabel = 'Tag';
    result.matchedText = actor.tags[bestTag(text, query)]!;
  } else if (rank === RANK_FIELD) {
    const where = fieldMatch(actor, text, query, names);
    if (where) [result.matchedLabel, result.matchedText] = [where.label, where.text];
  }
  return result;
}

/** At most `limit` actors matching `query`, best first; an empty query finds nothing. */
export function searchActors(map: SearchableMap, query: string, limit = 50): SearchResult[] {
  const wanted = fold(query);
  if (wanted === '' || limit <= 0) return [];
  const names: Names = {
    offers: new Map((map.careOffers ?? []).map((o) => [o.id as string, [fold(o.name), o.name] as const])),
    fields: new Map((map.customFields ?? []).map((f) => [f.id as string, f.name])),
  };
  const found: Actor[] = [];
  const texts: ActorText[] = [];
  const ranks: number[] = [];
  for (const actor of map.actors) {
    const text = actorText(actor);
    const rank = rankOf(actor, text, wanted, names);
    if (rank === NO_MATCH) continue;
    found.push(actor);
    texts.push(text);
    ranks.push(rank);
  }
  // Best rank, then shorter names (closer to what was typed), then alphabetical.
  const order = found.map((_, i) => i);
  order.sort((a, b) => {
    const [x, y] = [texts[a]!.name, texts[b]!.name];
    return ranks[a]! - ranks[b]! || x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  });
  return order.slice(0, limit).map((i) => toResult(found[i]!, texts[i]!, wanted, ranks[i]!, names));
}
