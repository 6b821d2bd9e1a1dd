// fast-check arbitraries of worksheet XML written by hand, in shapes and with values SheetJS never writes itself
// (cells with and without references, stubs, formulas, every cell type with odd values, entities, styles), to fuzz
// the fast .xlsx reader against SheetJS.
import fc from 'fast-check';

const column = (index: number) => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Text as it may appear inside <v> or <t>: plain, entities of every kind, Excel's escapes, CR LF, non-ASCII. */
export const xmlText = fc
  .array(
    fc.constantFrom(
      'a',
      'Zoë',
      ' ',
      '\n',
      '\r\n',
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&#65;',
      '&#x42;',
      '&#233;',
      '&#x1F600;',
      '&AMP;',
      '_x000D_',
      '_x0041_',
      '_x00E9_',
      '漢',
      '😀',
      '>',
      '"',
      '1',
      '-2.5',
      'E3',
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

const VALUES: Record<string, fc.Arbitrary<string>> = {
  n: fc.constantFrom('1', '-2.5', '1.5E+3', '0.1', '45351', '60', '60.5', '1e400', ' 3', 'abc', '0x10', '-0', '1&#48;'),
  s: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', ' 1', '01', '1a'),
  str: xmlText,
  b: fc.constantFrom('1', '0', 'true', 'false', 'TRUE', 'x'),
  e: fc.constantFrom('#N/A', '#DIV/0!', '#REF!'),
  d: fc.constantFrom('2024-02-29', '2024-02-29T10:00:00', '2024-02-29 23:59:59.5', '10:30', '10:30:15.25', 'garbage'),
};

const inlineBody = fc.oneof(
  xmlText.map((t) => `<t>${t}</t>`),
  xmlText.map((t) => `<t xml:space="preserve">${t}</t>`),
  fc
    .tuple(xmlText, xmlText)
    .map(([a, b]) => `<r><t>${a}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${b}</t></r>`),
  fc.tuple(xmlText, xmlText).map(([a, b]) => `<r><t>${a}</t></r><rPh sb="0" eb="1"><t>${b}</t></rPh>`),
  fc.constant('<t/>'),
  fc.constant(''),
);

const cell = fc.record({
  reference: fc.constantFrom('given', 'given', 'none', 'lowercase'),
  skip: fc.nat(2),
  type: fc.constantFrom(undefined, undefined, 'n', 's', 's', 'str', 'inlineStr', 'b', 'e', 'd'),
  style: fc.constantFrom(undefined, undefined, '0', '1', '2', '3', '4', '9', '01'),
  value: fc.constantFrom('value', 'value', 'value', 'none', 'empty', 'selfClosed'),
  formula: fc.constantFrom('none', 'none', 'text', 'shared'),
  inline: inlineBody,
  selfClosed: fc.boolean(),
  seed: fc.nat(),
  /** What separates the tag's name and attributes: mostly a space, sometimes a line end or a tab. */
  separator: fc.constantFrom(' ', ' ', ' ', ' ', '\n', '\r\n', '\t', '  '),
  after: fc.constantFrom('', '', '', '\n', ' \n  '),
});

const row = fc.record({
  number: fc.constantFrom('next', 'next', 'gap', 'none'),
  selfClosed: fc.boolean(),
  extra: fc.constantFrom(
    '',
    '',
    ' spans="1:3"',
    ' x14ac:dyDescent="0.25"',
    ' ht="20" customHeight="1"',
    '\n spans="1:3"',
  ),
  cells: fc.array(cell, { maxLength: 5 }),
});

/** The inside of <sheetData>: rows of random cells, each value one SheetJS must read the same way as we do. */
export const sheetDataXml = fc
  .tuple(
    fc.array(row, { maxLength: 6 }),
    fc.tuple(...Object.values(VALUES).map((values) => fc.array(values, { minLength: 7, maxLength: 7 }))),
  )
  .map(([rows, valueLists]) => {
    const lists = Object.fromEntries(Object.keys(VALUES).map((k, i) => [k, valueLists[i]!]));
    let rowNumber = 0;
    return rows
      .map((r) => {
        rowNumber += r.number === 'gap' ? 3 : 1;
        const rAttr = r.number === 'none' ? '' : ` r="${rowNumber}"`;
        if (r.selfClosed) return `<row${rAttr}${r.extra}/>`;
        let col = -1;
        const cells = r.cells.map((c) => {
          col += 1 + c.skip;
          const ref = `${column(col)}${rowNumber}`;
          const sep = c.separator;
          const refAttr =
            c.reference === 'given'
              ? `${sep}r="${ref}"`
              : c.reference === 'lowercase'
                ? `${sep}r="${ref.toLowerCase()}"`
                : '';
          const typeAttr = c.type === undefined ? '' : `${sep}t="${c.type}"`;
          const styleAttr = c.style === undefined ? '' : `${sep}s="${c.style}"`;
          const open = `<c${refAttr}${styleAttr}${typeAttr}`;
          if (c.selfClosed) return `${open}/>`;
          const values = lists[c.type === 'inlineStr' ? 'str' : (c.type ?? 'n')]!;
          const raw = values[c.seed % values.length]!;
          const v =
            c.value === 'value'
              ? `<v>${raw}</v>`
              : c.value === 'empty'
                ? '<v></v>'
                : c.value === 'selfClosed'
                  ? '<v/>'
                  : '';
          const f =
            c.formula === 'text' ? '<f>SUM(A1:A2)&amp;"x"</f>' : c.formula === 'shared' ? '<f t="shared" si="0"/>' : '';
          const is = c.type === 'inlineStr' ? `<is>${c.inline}</is>` : '';
          return `${open}>${f}${c.type === 'inlineStr' && c.seed % 2 ? '' : v}${is}</c>${c.after}`;
        });
        return `<row${rAttr}${r.extra}>${cells.join('')}</row>`;
      })
      .join('');
  });

/** Eight shared strings of every shape the reader knows (and some it gives up on). */
export const sharedStringsXml = fc
  .array(inlineBody, { minLength: 8, maxLength: 8 })
  .map((bodies) => bodies.map((body) => `<si>${body}</si>`).join(''));

/** Shared strings with whitespace around the entries' bodies, as some writers indent them. */
export const indentedSharedStringsXml = fc
  .array(fc.tuple(inlineBody, fc.constantFrom('', '\n', '\n  ', ' ')), { minLength: 8, maxLength: 8 })
  .map((items) => items.map(([body, space]) => `${space}<si>${space}${body}${space}</si>`).join(''));

const FORMAT_CODES = [
  'yyyy\\-mm\\-dd',
  'dd/mm/yyyy',
  '[$-409]mmmm d, yyyy',
  'h:mm',
  '0.00',
  '#,##0 "kr"',
  '[>=100]0;"small"',
  '@',
  '"day" 0',
  'General',
  'd.m',
  '[Red]0',
];

/** A styles part: custom number formats (dates and not, overriding built-in ids or not) and cell styles using them. */
export const stylesXml = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(14, 22, 164, 165, 166, 167), fc.constantFrom(...FORMAT_CODES)), { maxLength: 4 }),
    fc.array(fc.constantFrom(0, 1, 2, 5, 9, 14, 15, 22, 44, 45, 47, 56, 164, 165, 166, 167), {
      minLength: 1,
      maxLength: 10,
    }),
  )
  .map(([formats, xfs]) => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const numFmts = formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`).join('');
    const cellXfs = xfs.map((id) => `<xf numFmtId="${id}" fontId="0" applyNumberFormat="1"/>`).join('');
    return `${formats.length ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : ''}<cellXfs count="${xfs.length}">${cellXfs}</cellXfs>`;
  });

/** Sheet names as written in workbook.xml: plain, with entities, Excel's escapes and non-ASCII. */
export const sheetNameXml = fc
  .array(fc.constantFrom('Sheet', ' ', '1', '&amp;', '&apos;', '_x0041_', 'Zoë', '漢', '&#233;'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));
