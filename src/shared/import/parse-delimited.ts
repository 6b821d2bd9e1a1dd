// Reads CSV and TSV text ourselves, so every value stays the exact text it was (no number, date or formula parsing),
// with the delimiter (comma, semicolon or tab) found from the text and quoted text ignored while looking.

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Counts of each delimiter outside quotes, per line, over the first lines. */
function countsPerLine(text: string, maxLines = 50): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) {
      const list = counts.get(c)!;
      list[list.length - 1]!++;
    }
  }
  return counts;
}

/**
 * The delimiter that splits the most lines the same way: a semicolon file's names may hold commas ("Smith, Jo"),
 * but only the semicolon appears the same number of times on every line.
 */
export function detectDelimiter(text: string, fileName = ''): Delimiter {
  if (/\.tsv$|\.tab$/i.test(fileName)) return '\t';
  const counts = countsPerLine(text);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const lines = counts.get(d)!.filter((_, i, all) => i < all.length - 1 || all[i]! > 0);
    const nonEmpty = lines.filter((n) => n > 0);
    if (nonEmpty.length === 0) continue;
    const first = lines[0] ?? 0;
    const consistent = lines.filter((n) => n === first).length;
    const score = consistent * 1000 + nonEmpty.length * 10 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 with the usual leniency: CRLF, LF or CR line ends; "" inside quotes is one quote; a stray quote is text. */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
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
