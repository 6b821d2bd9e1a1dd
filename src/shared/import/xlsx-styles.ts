// Which cell styles of an .xlsx show numbers as dates, decided as SheetJS decides it: styles.xml's cellXfs give a
// number format id, looked up in SheetJS's built-in table overlaid with the workbook's own numFmts, and tested with
// XLSX.SSF.is_date. Null (the reader gives up) for a styles part it would read differently.
import * as XLSX from 'xlsx';
import { attribute, opens, readTag } from './xlsx-tags';
import { unescapeXml } from './xlsx-text';

const ssf = XLSX.SSF as { is_date: (format: string) => boolean };

/** SheetJS's built-in format table (SSF_init_table), which it resets before reading each workbook. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};
const MAX_FORMAT_ID = 0x188;

/** The first `<name …>…</name>` section's inner XML (as SheetJS's str_match_xml_ns finds it), or null. */
function section(xml: string, name: string): string | null {
  for (let at = xml.indexOf(`<${name}`); at !== -1; at = xml.indexOf(`<${name}`, at + 1)) {
    if (!opens(xml, at, `<${name}`)) continue;
    const tag = readTag(xml, at + name.length + 1);
    if (!tag) return null;
    const close = xml.indexOf(`</${name}>`, tag.end);
    return close === -1 ? null : xml.slice(tag.end, close);
  }
  return null;
}

/** `style → is a date` for the workbook's styles part (null text: no styles, so no dates); null when unsure. */
export function dateStyles(xml: string | null): ((style: number) => boolean | null) | null {
  if (xml === null) return () => false;
  if (/<!--|<!DOCTYPE|<\/?\w+:(numFmts?|cellXfs|xf)\b/i.test(xml)) return null;
  const table = new Map<number, string>(Object.entries(BUILT_IN).map(([id, code]) => [Number(id), code]));
  const numFmts = section(xml, 'numFmts');
  if (numFmts !== null) {
    for (let at = numFmts.indexOf('<numFmt'); at !== -1; at = numFmts.indexOf('<numFmt', at + 1)) {
      if (!opens(numFmts, at, '<numFmt')) return null;
      const tag = readTag(numFmts, at + 7, true);
      const id = tag ? attribute(tag, 'numFmtId') : undefined;
      const code = tag ? attribute(tag, 'formatCode') : undefined;
      if (!tag || id === undefined || code === undefined || !/^\d+$/.test(id) || Number(id) > MAX_FORMAT_ID)
        return null;
      // SheetJS mends one format Google Sheets writes wrongly ("d.m") as it loads it.
      const format = unescapeXml(code);
      if (Number(id) > 0) table.set(Number(id), format === 'd.m' ? 'd\\.m' : format);
    }
  }
  const cellXfs = section(xml, 'cellXfs');
  if (cellXfs === null) return xml.indexOf('<cellXfs') === -1 ? () => false : null;
  if (cellXfs.indexOf('\t') !== -1) return null;
  const formatOf: number[] = [];
  let index = 0; // SheetJS looks the cell's `s` up as written: the reader hands only plain numbers here
  for (let at = cellXfs.indexOf('<xf'); at !== -1; at = cellXfs.indexOf('<xf', at + 1)) {
    if (!opens(cellXfs, at, '<xf')) continue;
    const tag = readTag(cellXfs, at + 3);
    if (!tag) return null;
    const id = attribute(tag, 'numFmtId');
    if (id !== undefined && !/^\d+$/.test(id)) return null;
    const format = id === undefined ? 0 : Number(id);
    if (format > MAX_FORMAT_ID) return null;
    formatOf[index++] = format;
  }
  const isDate = new Map<number, boolean | null>();
  return (style) => {
    const format = formatOf[style] ?? 0;
    let known = isDate.get(format);
    if (known === undefined) {
      const code = table.get(format);
      known = code === undefined ? null : ssf.is_date(code);
      isDate.set(format, known);
    }
    return known;
  };
}
