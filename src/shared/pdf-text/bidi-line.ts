// One line of text laid out left to right for drawing: split into runs of one font and one direction, then put in
// visual order by the Unicode bidirectional algorithm (bidi-js), so "محمد" inside an English sentence reads right to
// left in its place. Arabic joining, Hebrew order and Bengali vowel reordering are fontkit's shaping, run by run.
import bidiFactory from 'bidi-js';
import type { FontRun, PdfFontSet } from './pdf-font-set';

const bidi = bidiFactory();

/** Letters of right-to-left scripts; fontkit lays runs of these out right to left itself. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/gu;
const LETTERS = /\p{L}/gu;

/** A paragraph is right to left when most of its letters are: an English sentence with an Arabic name stays left to right. */
export function isRtlParagraph(text: string): boolean {
  const rtl = text.match(RTL_LETTERS)?.length ?? 0;
  return rtl > (text.match(LETTERS)?.length ?? 0) - rtl;
}

interface LevelledRun extends FontRun {
  level: number;
}

/** The line's runs in visual order (left to right), each run's text in the order to hand to the font. */
export function visualRuns(line: string, fonts: PdfFontSet, bold: boolean, rtl: boolean): FontRun[] {
  const { levels } = bidi.getEmbeddingLevels(line, rtl ? 'rtl' : 'ltr');
  // Split each font run further where the embedding level changes (levels are per UTF-16 unit).
  const runs: LevelledRun[] = [];
  let offset = 0;
  for (const run of fonts.runs(line, bold)) {
    for (const ch of run.text) {
      // fonts.runs may drop invisible characters: find this one's place in the line for its level.
      const at = line.indexOf(ch, offset);
      const level = at >= 0 ? levels[at]! : (runs[runs.length - 1]?.level ?? (rtl ? 1 : 0));
      if (at >= 0) offset = at + ch.length;
      const last = runs[runs.length - 1];
      if (last && last.face === run.face && last.level === level) last.text += ch;
      else runs.push({ text: ch, face: run.face, level });
    }
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs at that level or above.
  const highest = Math.max(0, ...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  // fontkit reverses runs of Arabic or Hebrew letters itself; a right-to-left run without them (brackets, marks between
  // two Arabic names) is reversed here, with its brackets mirrored.
  return runs.map(({ text, face, level }) =>
    level % 2 === 1 && !RTL_LETTER.test(text)
      ? {
          face,
          text: [...text]
            .reverse()
            .map((c) => bidi.getMirroredCharacter(c) ?? c)
            .join(''),
        }
      : { face, text },
  );
}
