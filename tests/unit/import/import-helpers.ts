// Test helpers for the importer: workbooks written in the test with SheetJS, and imports run on real map files.
import * as XLSX from 'xlsx';
import type { ImportChoices, ImportCommitOutput, ImportPreview } from '../../../src/shared/import';
import { readWorkbook } from '../../../src/shared/import';
import { commitImport, previewImport } from '../../../src/main/import/commit-import';
import type { MapStore } from '../../../src/main/store';

export type Rows = (string | number | boolean | null)[][];

/** An .xlsx (or another bookType) with these sheets, as bytes. */
export function workbookBytes(sheets: Record<string, Rows>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function preview(
  store: MapStore,
  fileName: string,
  bytes: Uint8Array,
  choices: Partial<ImportChoices> = {},
): ImportPreview {
  return previewImport(store, 'test', readWorkbook(fileName, bytes), choices);
}

export function importFile(
  store: MapStore,
  fileName: string,
  bytes: Uint8Array,
  choices: Partial<ImportChoices> = {},
): ImportCommitOutput {
  return commitImport(store, readWorkbook(fileName, bytes), choices);
}

export const kumuWorkbook = () =>
  workbookBytes({
    Elements: [
      ['Label', 'Type', 'Description', 'Tags', 'Email'],
      ['Maple Street Food Bank', 'Charity/CIC', 'Food parcels every Friday', 'food|Friday', 'hello@maplefood.org'],
      ['Ada Okafor', 'Person', 'Runs the lunch club', 'founder|runner', ''],
      ['Green Shoots Café', 'Social Enterprise', '', '', ''],
      ['Hackney Council', 'Council', '', '', ''],
    ],
    Connections: [
      ['From', 'To', 'Type', 'Direction'],
      ['Ada Okafor', 'Maple Street Food Bank|Green Shoots Café', 'Volunteering', 'directed'],
      ['Hackney Council', 'Maple Street Food Bank', 'Funding', 'mutual'],
    ],
    'Notes (ignore)': [['Label'], ['Not an actor']],
  });

export function actorNamed(store: MapStore, name: string) {
  const actor = store.actors().find((a) => a.name === name);
  if (!actor)
    throw new Error(
      `no actor “${name}” in ${store
        .actors()
        .map((a) => a.name)
        .join(', ')}`,
    );
  return actor;
}

export const kindName = (store: MapStore, id: string) => store.kinds().find((k) => k.id === id)?.name;
