// The one home of small wording helpers used in sentences for people: counts with their noun, quoted names.

/** "1 actor", "3 actors"; `many` for nouns that do not just take an s ("1 person", "2 people"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A name in curly quotes, cut at 40 characters so a long cell cannot swamp the sentence around it. */
export function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}
