// `caremap export MAP.caremap --to FILE.(xlsx|csv|graphml|gexf|json|png|svg) [--anonymise]`: the app's own
// writers with no UI. Each file is written to a temporary file and renamed, so a failed write leaves any old file whole.
import { basename, dirname, extname, join } from 'node:path';
import { writeFileAtomic } from '../../main/files/write-file-atomic';
import { readMapDocument } from '../read-map';
import { buildExport, type ExportFile } from '../../shared/export/build-export';
import { DATA_FORMATS, type DataFormat } from '../../shared/export/data-formats';
import { parseFileCommand, printFailure, type CliCommand } from '../cli-io';
import { pictureFile, PICTURE_FORMATS, type PictureFormat } from './export-picture';

const USAGE = 'caremap export MAP.caremap --to FILE.(xlsx|csv|graphml|gexf|json|png|svg) [--anonymise] [--scale 1-4]';
const FORMATS: readonly string[] = [...DATA_FORMATS, ...PICTURE_FORMATS];

/** `--to x.csv` writes x-actors.csv and x-ties.csv beside each other; every other format one file at `--to`. */
function targetPaths(to: string, files: ExportFile[], format: string): string[] {
  if (format !== 'csv') return [to];
  const stem = join(dirname(to), basename(to, extname(to)));
  return files.map((f) => `${stem}-${f.name.endsWith('-ties.csv') ? 'ties' : 'actors'}.csv`);
}

export const exportCommand: CliCommand = {
  usage: USAGE,
  run(args, io) {
    const parsed = parseFileCommand(
      args,
      {
        to: { type: 'string' },
        anonymise: { type: 'boolean' },
        anonymize: { type: 'boolean' },
        scale: { type: 'string' },
      },
      USAGE,
      io,
    );
    if (!parsed) return 2;
    const file = parsed.file;
    const to = parsed.values.to;
    if (!to) {
      io.err(`Usage: ${USAGE}`);
      return 2;
    }
    const format = extname(to).slice(1).toLowerCase();
    if (!FORMATS.includes(format)) {
      io.err(
        `caremap can export to .${FORMATS.join(', .')} — not "${basename(to)}". Name the file with one of those endings.`,
      );
      return 2;
    }
    const scale = parsed.values.scale === undefined ? 2 : Number(parsed.values.scale);
    if (![1, 2, 3, 4].includes(scale)) {
      io.err('--scale takes 1, 2, 3 or 4.');
      return 2;
    }
    const anonymise = parsed.values.anonymise === true || parsed.values.anonymize === true;
    try {
      const doc = readMapDocument(file);
      const files = (DATA_FORMATS as readonly string[]).includes(format)
        ? buildExport(doc, format as DataFormat, { anonymise })
        : [pictureFile(doc, format as PictureFormat, { anonymise, scale })];
      const paths = targetPaths(to, files, format);
      files.forEach((f, i) => writeFileAtomic(paths[i]!, f.bytes));
      io.out(`Exported ${doc.info.name}${anonymise ? ' (anonymised)' : ''} to ${paths.join(' and ')}`);
      return 0;
    } catch (error) {
      return printFailure(io, error);
    }
  },
};
