// `caremap import FILE [--with FILE2] --into MAP.caremap [--sheet-actors NAME] [--sheet-ties NAME] [--create-missing] [--mutual] [--json]`:
// the app's own import engine with no UI. The file is read before the map is touched; a map this command made is
// removed again if the import is refused, so a fatal error changes nothing. --with reads a second file into the same
// import (Gephi's nodes table with its edges table).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { readImportFiles, type ImportChoices } from '../../shared/import';
import { checkZipContents } from '../../main/import/zip-contents';
import { commitImport } from '../../main/import/commit-import';
import { openMapStore, seedTaxonomy, taxonomyOf, writeNewMapFile } from '../../main/store';
import { parseFileCommand, printFailure, type CliCommand } from '../cli-io';
import { importSummaryText } from '../import-summary';

const USAGE =
  'caremap import FILE [--with FILE2] --into MAP.caremap [--sheet-actors NAME] [--sheet-ties NAME] [--create-missing] [--mutual] [--json]';

/** "none" names no sheet, so a ties-only or actors-only import can be asked for. */
const sheetChoice = (value: string | undefined) =>
  value === undefined ? undefined : value.toLowerCase() === 'none' ? null : value;

export const importCommand: CliCommand = {
  usage: USAGE,
  run(args, io) {
    const parsed = parseFileCommand(
      args,
      {
        into: { type: 'string' },
        with: { type: 'string' },
        'sheet-actors': { type: 'string' },
        'sheet-ties': { type: 'string' },
        'create-missing': { type: 'boolean' },
        mutual: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      USAGE,
      io,
    );
    if (!parsed) return 2;
    const file = parsed.file;
    const into = parsed.values.into;
    if (!into) {
      io.err(`Usage: ${USAGE}`);
      return 2;
    }
    if (extname(into).toLowerCase() !== '.caremap') {
      io.err(`The map must be a .caremap file, not "${basename(into)}".`);
      return 2;
    }
    const choices: Partial<ImportChoices> = {};
    const actorSheet = sheetChoice(parsed.values['sheet-actors']);
    const tieSheet = sheetChoice(parsed.values['sheet-ties']);
    if (actorSheet !== undefined) choices.actorSheet = actorSheet;
    if (tieSheet !== undefined) choices.tieSheet = tieSheet;
    if (parsed.values['create-missing']) choices.unknownActors = 'create';
    // A→B with B→A as one mutual tie, as the preview's choice; two ties otherwise.
    if (parsed.values.mutual) choices.reciprocal = 'mutual';
    const mapPath = resolve(into);
    let created = false;
    try {
      const paths = [file, ...(parsed.values.with ? [parsed.values.with] : [])];
      for (const path of paths) if (!existsSync(path)) throw new Error(`There is no file "${path}" to import.`);
      const inputs = paths.map((path) => ({ fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
      // The same checks the app's import worker makes before reading: a zip's true size and its sheets' rows.
      for (const input of inputs) checkZipContents(input.fileName, input.bytes);
      const workbook = readImportFiles(inputs);
      if (!existsSync(mapPath)) {
        writeNewMapFile(mapPath, { name: basename(mapPath, extname(mapPath)), ...taxonomyOf(seedTaxonomy()) });
        created = true;
      }
      const store = openMapStore(mapPath);
      let result;
      let mapName;
      try {
        result = commitImport(store, workbook, choices);
        mapName = store.info().name;
      } finally {
        store.close();
      }
      io.out(
        parsed.values.json
          ? JSON.stringify({ map: mapPath, created, ...result.summary }, null, 2)
          : importSummaryText(result.summary, mapName),
      );
      return 0;
    } catch (error) {
      if (created) for (const suffix of ['', '-wal', '-shm']) rmSync(`${mapPath}${suffix}`, { force: true });
      return printFailure(io, error);
    }
  },
};
