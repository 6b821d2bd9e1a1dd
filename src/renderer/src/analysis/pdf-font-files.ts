// The PDF's Noto fonts as the app's bundled assets: Vite copies the files at build time and they are fetched only
// when the first PDF is written, so opening Caremap loads none of them.
import type { FontFamily, FontWeight, PdfFontFiles } from '../../../shared/pdf-text/font-faces';

const NM = '../../../../node_modules/@fontsource';

const cssFiles = import.meta.glob<string>('../../../../node_modules/@fontsource/noto-sans*/{400,700}.css', {
  query: '?raw',
  import: 'default',
});
const fontFiles = {
  ...import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext,greek,greek-ext,vietnamese,devanagari}-{400,700}-normal.woff',
    { query: '?url', import: 'default' },
  ),
  ...import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff',
    { query: '?url', import: 'default' },
  ),
  ...import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff',
    { query: '?url', import: 'default' },
  ),
  ...import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-{400,700}-normal.woff',
    { query: '?url', import: 'default' },
  ),
  ...import.meta.glob<string>(
    '../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff',
    { query: '?url', import: 'default' },
  ),
};

function missing(what: string): Error {
  return new Error(
    `the font ${what} is missing from this copy of Caremap. Reinstall Caremap, or save the report as a web page instead.`,
  );
}

export const bundledPdfFontFiles: PdfFontFiles = {
  async css(family: FontFamily, weight: FontWeight) {
    const load = cssFiles[`${NM}/${family}/${weight}.css`];
    if (!load) throw missing(`${family} ${weight}`);
    return load();
  },
  async file(family: FontFamily, name: string) {
    const load = fontFiles[`${NM}/${family}/files/${name}`];
    if (!load) throw missing(name);
    const response = await fetch(await load());
    if (!response.ok) throw missing(name);
    return new Uint8Array(await response.arrayBuffer());
  },
};
