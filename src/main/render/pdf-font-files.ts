// The PDF's Noto fonts read from the installed fontsource packages (the command line, main and the tests).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFamily, FontWeight, PdfFontFiles } from '../../shared/pdf-text/font-faces';

// Not named "require": the bundled CLI (out/main/cli.js) already declares one.
const resolvePackage = createRequire(import.meta.url);

/** The package folder, found through its CSS (the packages export their CSS and files, not a package.json). */
const folderOf = (family: FontFamily) => dirname(resolvePackage.resolve(`@fontsource/${family}/400.css`));

export const nodePdfFontFiles: PdfFontFiles = {
  css: (family: FontFamily, weight: FontWeight) => readFile(join(folderOf(family), `${weight}.css`), 'utf8'),
  file: async (family: FontFamily, name: string) => {
    // Only a plain file name: the CSS is from the package, but nothing outside its files folder is ever read.
    if (!/^[\w.-]+\.woff$/.test(name)) throw new Error(`not a font file name: ${name}`);
    return new Uint8Array(await readFile(join(folderOf(family), 'files', name)));
  },
};
