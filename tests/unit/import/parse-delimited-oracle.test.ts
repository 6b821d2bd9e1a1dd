// The CSV parser cuts cells out by slices for speed; it must split every text exactly as the plain character-by-
// character reading it replaced (kept here as the oracle), whatever mix of quotes, delimiters and line ends it holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited, type Delimiter } from '../../../src/shared/import/parse-delimited';

/** The former parser, verbatim: RFC 4180 with CRLF/LF/CR line ends, "" as a quote, stray quotes as text. */
function oracle(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quotedCell = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    quotedCell = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += c;
    } else if (c === '"' && cell === '' && !quotedCell) {
      inQuotes = true;
      quotedCell = true;
    } else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

const pieces = fc.constantFrom('a', 'Zoë', '"', '""', ',', ';', '\t', '\n', '\r', '\r\n', ' ', "'=1");

describe('parseDelimited', () => {
  it('splits any text exactly as the character-by-character reading did', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom<Delimiter>(',', ';', '\t'), (parts, d) => {
        const text = parts.join('');
        expect(parseDelimited(text, d)).toEqual(oracle(text, d));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the edge cases: a trailing delimiter, an unclosed quote, text after a closing quote, a lone ""', () => {
    for (const text of ['a,', 'a,"b', '"a"b,c', '""', 'x\n""', '"a""b"\r\nc\rd\n', '', '\n\n', ',,'])
      expect(parseDelimited(text, ',')).toEqual(oracle(text, ','));
    expect(parseDelimited('"a""b"x,"c\nd"\r\ne,', ',')).toEqual([
      ['a"bx', 'c\nd'],
      ['e', ''],
    ]);
  });
});
