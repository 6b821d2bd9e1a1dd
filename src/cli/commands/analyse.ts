// `caremap analyse MAP.caremap [--json] [--report FILE.(html|md|pdf) [--anonymise]]`: the app's own store and analysis with no UI.
import { basename, extname } from 'node:path';
import { readMapDocument } from '../read-map';
import { analyseMap } from '../../shared/analysis';
import { analysisSummary } from '../analysis-summary';
import { parseFileCommand, printFailure, type CliCommand } from '../cli-io';
import { REPORT_FORMATS, writeReportFile } from '../report-file';

const USAGE = 'caremap analyse MAP.caremap [--json] [--report FILE.html|FILE.md|FILE.pdf [--anonymise]]';

export const analyseCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const parsed = parseFileCommand(
      args,
      { json: { type: 'boolean' }, report: { type: 'string' }, anonymise: { type: 'boolean' } },
      USAGE,
      io,
    );
    if (!parsed) return 2;
    const file = parsed.file;
    const report = parsed.values.report;
    if (parsed.values.anonymise && report === undefined) {
      io.err(`--anonymise leaves people's names out of the report: add --report FILE.\nUsage: ${USAGE}`);
      return 2;
    }
    if (report !== undefined && !(REPORT_FORMATS as readonly string[]).includes(extname(report).toLowerCase())) {
      io.err(`The report must be an .html, .md or .pdf file, not "${basename(report)}".`);
      return 2;
    }
    try {
      const doc = readMapDocument(file);
      const analysis = analyseMap(doc);
      const written =
        report === undefined
          ? []
          : await writeReportFile(report, doc, analysis, { anonymise: parsed.values.anonymise ?? false });
      io.out(parsed.values.json ? JSON.stringify(analysis, null, 2) : analysisSummary(doc, analysis));
      if (written.length > 0 && !parsed.values.json) io.out(`\nReport written to ${written.join(' and ')}`);
      return 0;
    } catch (error) {
      return printFailure(io, error);
    }
  },
};
