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

/** How much one file may hold; past a limit the parser stops keeping cells and only counts, for the refusal. */
export interface DelimitedLimits {
  maxRows: number;
  maxColumns: number;
  maxCells: number;
}

export type DelimitedOutcome =
  | { ok: true; rows: string[][] }
  | { ok: false; over: 'rows'; rows: number }
  | { ok: false; over: 'columns'; row: number; columns: number }
  | { ok: false; over: 'cells'; cells: number };

const NO_LIMITS: DelimitedLimits = { maxRows: Infinity, maxColumns: Infinity, maxCells: Infinity };

/** RFC 4180 with the usual leniency: CRLF, LF or CR line ends; "" inside quotes is one quote; a stray quote is text. */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const outcome = parseDelimitedWithin(text, delimiter, NO_LIMITS);
  return outcome.ok ? outcome.rows : [];
}

/**
 * The same parse, within limits: one pass, linear in the text. Past the row or cell limit it keeps counting (so the
 * refusal can say how many there are) without keeping anything; a row past the column limit ends the parse.
 */
export function parseDelimitedWithin(text: string, delimiter: Delimiter, limits: DelimitedLimits): DelimitedOutcome {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let cellStarted = false;
  let inQuotes = false;
  let quotedCell = false;
  let keep = true;
  let over: 'rows' | 'cells' | null = null;
  let rowCount = 0;
  let cellsInRow = 0;
  let cells = 0;
  const endCell = () => {
    cellsInRow++;
    if (keep && cellsInRow <= limits.maxColumns) row.push(cell);
    cell = '';
    cellStarted = false;
    quotedCell = false;
  };
  /** False when the parse should stop: a row too wide. */
  const endRow = (): boolean => {
    endCell();
    rowCount++;
    cells += cellsInRow;
    if (cellsInRow > limits.maxColumns) return false;
    if (keep) rows.push(row);
    row = [];
    cellsInRow = 0;
    if (keep && rowCount > limits.maxRows) over = 'rows';
    else if (keep && cells > limits.maxCells) over = 'cells';
    if (over) keep = false;
    return true;
  };
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          if (keep) cell += '"';
          cellStarted = true;
          i++;
        } else inQuotes = false;
      } else {
        cellStarted = true;
        if (keep) cell += c;
      }
    } else if (c === '"' && !cellStarted && !quotedCell) {
      inQuotes = true;
      quotedCell = true;
    } else if (c === delimiter) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (!endRow()) break;
    } else {
      cellStarted = true;
      if (keep) cell += c;
    }
  }
  if (i >= text.length && (cellStarted || cellsInRow > 0)) endRow();
  // endRow leaves a too-wide row's count in place: the whole row has been read, so this is its true width.
  if (cellsInRow > limits.maxColumns) return { ok: false, over: 'columns', row: rowCount, columns: cellsInRow };
  if (over === 'rows') return { ok: false, over, rows: rowCount };
  if (over === 'cells') return { ok: false, over, cells };
  return { ok: true, rows };
}
