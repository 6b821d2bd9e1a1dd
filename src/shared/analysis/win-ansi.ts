// Makes any text safe for the PDF's standard Helvetica font, which only encodes WinAnsi: arrows and maths become ASCII,
// accents outside Latin-1 lose their marks, emoji go, anything else becomes "?", so a name can never stop a PDF.

/** WinAnsi's characters above Latin-1 (its 0x80–0x9F block). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  '↔': '<->', '⟷': '<->', '→': '->', '⟶': '->', '←': '<-', '⟵': '<-', '⇒': '=>', '⇔': '<=>',
  '≤': '<=', '≥': '>=', '≠': '!=', '≈': '~', '−': '-', '‐': '-', '‑': '-', '‒': '-', '―': '-',
  '′': "'", '″': '"', '‛': "'", '‟': '"', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x',
  '\u00a0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\t': ' ',
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ŋ': 'ng', 'ħ': 'h',
};

/** Zero-width joiners, variation selectors and skin-tone modifiers: parts of emoji and scripts with nothing to print here. */
// eslint-disable-next-line no-misleading-character-class -- each joiner, selector and modifier is removed on its own, not as part of a combined character
const INVISIBLE = /[\u200b-\u200f\u2060\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function encodable(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '')) {
    if (ch === '\n' || encodable(ch)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (PICTOGRAPH.test(ch)) continue;
    else {
      // "Ş" → "S" + a combining mark: keep the letter when it is encodable.
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base.length > 0 && [...base].every(encodable) ? base : '?';
    }
  }
  // A dropped emoji between words would leave two spaces.
  return out.replace(/ {2,}/g, ' ');
}
