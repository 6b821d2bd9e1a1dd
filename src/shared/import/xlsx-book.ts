// The map of an .xlsx package, found the way SheetJS finds it: the zip's parts (unpacked with SheetJS's own zip
// reader), [Content_Types].xml → the workbook, shared strings and styles, the workbook's sheets in order with the
// worksheet each names through the workbook's relationships, and its 1900 or 1904 date system. Null when unsure.
import * as XLSX from 'xlsx';
import { attribute, opens, readTag, type Tag } from './xlsx-tags';
import { unescapeXml } from './xlsx-text';

interface ZipFile {
  FullPaths: string[];
  FileIndex: { content?: Uint8Array | number[]; size?: number }[];
}

export interface BookSheet {
  name: string;
  /** The worksheet part's path in the zip; null for SheetJS's reading of a missing part (an empty sheet). */
  path: string;
}

export interface Book {
  /** A part's XML text, or null when it is absent or not valid UTF-8. */
  part: (path: string) => string | null;
  has: (path: string) => boolean;
  sheets: BookSheet[];
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

const TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
]);
const SHARED_STRINGS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const OTHER_BOOK = /binary|\.main$|chartsheet|dialogsheet|macrosheet/i;
// Parts SheetJS reads without catching its failure: a missing one makes it refuse the file.
const READ_UNGUARDED = /sheetMetadata|person/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });
// SheetJS's own zip reader (its types say `any`): the same parts, found the same way, as SheetJS reads.
const cfb = XLSX.CFB as { read: (bytes: Uint8Array, options: { type: 'buffer' }) => ZipFile };

/** Every start tag named `name` (no prefix) in `xml`; null if one cannot be read. */
function tagsNamed(xml: string, name: string): Tag[] | null {
  const out: Tag[] = [];
  for (let at = xml.indexOf(`<${name}`); at !== -1; at = xml.indexOf(`<${name}`, at + 1)) {
    if (!opens(xml, at, `<${name}`)) continue;
    const tag = readTag(xml, at + name.length + 1);
    if (!tag) return null;
    out.push(tag);
  }
  return out;
}

/**
 * The workbook's date system as SheetJS reads it: every `workbookPr`, prefixed or not (Excel writes an
 * `<x15:workbookPr>` in its extensions), the last `date1904` written winning. Null for a name SheetJS would also take
 * for it (`x:date1904`, `Date1904`) or an unreadable tag.
 */
function date1904Of(workbook: string): boolean | null {
  let date1904 = false;
  for (const match of workbook.matchAll(/<(?:\w+:)?workbookPr(?=[\s/>])/g)) {
    const tag = readTag(workbook, match.index + match[0].length);
    if (!tag) return null;
    for (let i = 0; i < tag.names.length; i++) {
      const name = tag.names[i]!;
      if (name === 'date1904') date1904 = tag.values[i] === '1' || tag.values[i] === 'true';
      else if (name.toLowerCase().includes('date1904')) return null;
    }
  }
  return date1904;
}

/** SheetJS's safegetzipfile: a part by path, ignoring case and the slashes' direction. */
function zipFiles(bytes: Uint8Array): Map<string, Uint8Array> | null {
  const zip = cfb.read(bytes, { type: 'buffer' });
  const files = new Map<string, Uint8Array>();
  zip.FullPaths.forEach((fullPath, i) => {
    const content = zip.FileIndex[i]?.content;
    if (fullPath.endsWith('/') || !content) return;
    const key = fullPath.replace(/^Root Entry[/]/, '').toLowerCase();
    if (!files.has(key)) files.set(key, content instanceof Uint8Array ? content : Uint8Array.from(content));
  });
  return files;
}

/** The package's structure, or null for anything but a plain transitional .xlsx/.xlsm SheetJS reads as such. */
export function readBook(bytes: Uint8Array): Book | null {
  const files = zipFiles(bytes);
  if (!files) return null;
  const has = (path: string) => files.has(path.toLowerCase().replace(/\\/g, '/'));
  const part = (path: string): string | null => {
    const content = files.get(path.toLowerCase().replace(/\\/g, '/'));
    if (!content) return null;
    try {
      return utf8.decode(content);
    } catch {
      return null;
    }
  };
  if (has('META-INF/manifest.xml') || has('objectdata.xml') || has('Index/Document.iwa')) return null;
  const types = part('[Content_Types].xml');
  if (!types || /<\/?\w+:/.test(types)) return null;
  const typesTag = tagsNamed(types, 'Types');
  if (!typesTag || typesTag.length !== 1 || attribute(typesTag[0]!, 'xmlns') !== CONTENT_TYPES) return null;
  const overrides = tagsNamed(types, 'Override');
  if (!overrides) return null;
  const workbooks: string[] = [];
  let sharedStrings: string | null = null;
  let styles: string | null = null;
  for (const tag of overrides) {
    const type = attribute(tag, 'ContentType') ?? '';
    const name = (attribute(tag, 'PartName') ?? '').replace(/^\//, '');
    if (WORKBOOK_TYPES.has(type)) workbooks.push(name);
    else if (type === SHARED_STRINGS) sharedStrings ??= name;
    else if (type === STYLES) styles ??= name;
    else if (OTHER_BOOK.test(type)) return null;
    else if (READ_UNGUARDED.test(type) && !has(name)) return null;
  }
  if (workbooks.length !== 1 || !workbooks[0]!.endsWith('.xml')) return null;
  if ((sharedStrings !== null && !has(sharedStrings)) || (styles !== null && !has(styles))) return null;
  const workbookPath = workbooks[0]!;
  const workbook = part(workbookPath);
  if (!workbook || workbook.indexOf('purl.oclc.org') !== -1) return null;
  const root = tagsNamed(workbook, 'workbook');
  if (!root || root.length !== 1 || attribute(root[0]!, 'xmlns') !== TRANSITIONAL) return null;
  if (/<\w+:sheets?\b/.test(workbook)) return null;
  const date1904 = date1904Of(workbook);
  if (date1904 === null) return null;

  const slash = workbookPath.lastIndexOf('/');
  const relsPath = `${workbookPath.slice(0, slash + 1)}_rels/${workbookPath.slice(slash + 1)}.rels`;
  const rels = part(relsPath);
  if (!rels || /<\/?\w+:/.test(rels)) return null;
  const relationships = tagsNamed(rels, 'Relationship');
  if (!relationships) return null;
  const byId = new Map<string, { type: string; target: string }>();
  for (const tag of relationships)
    byId.set(attribute(tag, 'Id') ?? '', {
      type: attribute(tag, 'Type') ?? '',
      target: unescapeXml(attribute(tag, 'Target') ?? ''),
    });

  const sheetTags = tagsNamed(workbook, 'sheet');
  if (!sheetTags || sheetTags.length === 0) return null;
  const sheets: BookSheet[] = [];
  const base = relsPath.replace(/_rels\/[\s\S]*$/, '');
  for (const tag of sheetTags) {
    const rawName = attribute(tag, 'name');
    const id = attribute(tag, 'r:id');
    const rel = id === undefined ? undefined : byId.get(id);
    if (rawName === undefined || !rel || rel.type !== WORKSHEET) return null;
    if (tag.names.some((n) => n !== 'r:id' && (n === 'id' || n.endsWith(':id')))) return null;
    // SheetJS's three guesses at the part, in its order.
    let path = `xl/${rel.target.replace(/[/]?xl\//, '')}`;
    if (!has(path)) path = rel.target;
    if (!has(path)) path = base + rel.target;
    if (!has(path) || !path.toLowerCase().endsWith('.xml')) return null;
    sheets.push({ name: unescapeXml(rawName), path });
  }
  if (new Set(sheets.map((s) => s.name)).size !== sheets.length) return null;
  return { part, has, sheets, sharedStrings, styles, date1904 };
}
