// The import engine's public face: read a file into sheets, plan an import against a map, and the types both use.
export * from './import-types';
export { readWorkbook, IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from './read-workbook';
export { readImportFiles, MAX_IMPORT_FILES, type ImportFileBytes } from './read-import-files';
export { planImport, type ImportPlan, type ImportRecords, type MapSnapshot, type PlanOptions } from './plan-import';
export { resolveChoices, type ResolvedImport } from './resolve-choices';
export { matchKind, kindKey } from './match-kinds';
