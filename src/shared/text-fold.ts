// Folds text for matching: "Łódź", "LODZ" and "lodz" are the same to a search box or a tag filter.

// Letters Unicode does not decompose into a base letter plus a mark, so NFD alone leaves them as they are.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
};
const SPECIAL = /[łøđðþæœßı]/g;
const MARKS = /\p{M}+/gu;
// Plain ASCII needs only lowercasing; most names and tags are, so skip the Unicode work for them.
const ASCII = /^[\x20-\x7e]*$/;

/** Lowercase, accents and marks removed, special letters spelt out, runs of spaces made one. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const folded = ASCII.test(lower)
    ? lower
    : lower
        .normalize('NFD')
        .replace(MARKS, '')
        .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
  return folded.replace(/\s+/g, ' ').trim();
}
