// Small wording helpers for the report: percentages, counts with nouns, and lists joined the English way.

export function percent(share: number): string {
  const p = share * 100;
  return p > 0 && p < 1 ? 'under 1%' : `${Math.round(p)}%`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A list capped at `max`, saying how many more there are. */
export function someOf(items: readonly string[], max: number): string {
  if (items.length <= max) return listOf(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A name from the map inside a sentence: "Grassroots group" reads "grassroots group", but capitals that mean something stay
 * ("NHS trust", "Community interest company (CIC)", "Befriending with Age UK"). Only a first letter that is the word's
 * only capital is lowered; the rest of the name is as the facilitator wrote it.
 */
export function inSentence(name: string): string {
  const first = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?=[\s,(/]|$)/u.exec(name);
  return first ? name.charAt(0).toLocaleLowerCase() + name.slice(1) : name;
}
