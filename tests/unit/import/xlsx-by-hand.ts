// .xlsx packages written by hand for the fast reader's oracle tests: any sheet XML, shared strings and styles, in
// shapes SheetJS never writes (prefixes, rich text with phonetic runs, 1904 dates, cells without references…).
import { makeZip, type ZipEntry } from './hostile-files';

const NS = 'http://schemas.openxmlformats.org';
export const MAIN = `${NS}/spreadsheetml/2006/main`;
export const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export interface HandBook {
  /** Each sheet's name (escaped as given) and the XML inside its <worksheet>, or a whole worksheet document. */
  sheets: { name: string; xml: string }[];
  /** The inside of <sst>, if the book has shared strings. */
  sharedStrings?: string;
  /** The inside of <styleSheet>, if the book has styles. */
  styles?: string;
  /** Extra XML in <workbook> before <sheets>, e.g. `<workbookPr date1904="1"/>`. */
  workbookPr?: string;
  namespace?: string;
  extra?: ZipEntry[];
  /** Where sheet i's part is in the zip, and how the workbook's relationship names it (Excel: worksheets/sheetN.xml). */
  sheetPart?: (i: number) => { path: string; target: string };
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`, 'utf8');
const type = (kind: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml`;

/** A worksheet document around sheetData's rows. */
export const worksheet = (rows: string, namespace = MAIN) =>
  `<worksheet xmlns="${namespace}" xmlns:r="${NS}/officeDocument/2006/relationships"><sheetData>${rows}</sheetData></worksheet>`;

export function handXlsx(book: HandBook): Uint8Array {
  const ns = book.namespace ?? MAIN;
  const part =
    book.sheetPart ??
    ((i: number) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, target: `worksheets/sheet${i + 1}.xml` }));
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${type('sheet.main')}"/>`,
    ...book.sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type('worksheet')}"/>`,
    ),
    book.sharedStrings === undefined
      ? ''
      : `<Override PartName="/xl/sharedStrings.xml" ContentType="${type('sharedStrings')}"/>`,
    book.styles === undefined ? '' : `<Override PartName="/xl/styles.xml" ContentType="${type('styles')}"/>`,
  ].join('');
  const rels = book.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="${part(i).target}"/>`,
    )
    .join('');
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${ns}" xmlns:r="${NS}/officeDocument/2006/relationships">${book.workbookPr ?? ''}<sheets>${book.sheets
          .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(`<Relationships xmlns="${NS}/package/2006/relationships">${rels}</Relationships>`),
    },
    ...book.sheets.map((s, i) => ({
      name: part(i).path,
      data: xml(s.xml.startsWith('<worksheet') ? s.xml : worksheet(s.xml, ns)),
    })),
  ];
  if (book.sharedStrings !== undefined)
    entries.push({ name: 'xl/sharedStrings.xml', data: xml(`<sst xmlns="${ns}">${book.sharedStrings}</sst>`) });
  if (book.styles !== undefined)
    entries.push({ name: 'xl/styles.xml', data: xml(`<styleSheet xmlns="${ns}">${book.styles}</styleSheet>`) });
  return new Uint8Array(makeZip([...entries, ...(book.extra ?? [])]));
}
