// `caremap analyse MAP.caremap [--json] [--report FILE.(html|md)]`: the app's own store and analysis with no UI.
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { openMapStore } from '../../main/store';
import { analyseMap, reportToHtml, reportToMarkdown, writeReport } from '../../shared/analysis';
import { analysisSummary } from '../analysis-summary';
import { printFailure, type CliCommand } from '../cli-io';

const USAGE = 'caremap analyse MAP.caremap [--json] [--report FILE.html|FILE.md]';

export const analyseCommand: CliCommand = {
  usage: USAGE,
  run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean' }, report: { type: 'string' } } });
    } catch (error) {
      io.err(`${(error as Error).message}\nUsage: ${USAGE}`);
      return 2;
    }
    const [file, ...rest] = parsed.positionals;
    if (!file || rest.length > 0) {
      io.err(`Usage: ${USAGE}`);
      return 2;
    }
    const report = parsed.values.report;
    if (report !== undefined && !['.html', '.md'].includes(extname(report).toLowerCase())) {
      io.err(`The report must be an .html or .md file, not "${basename(report)}". PDF export is in the app.`);
      return 2;
    }
    try {
      // openMapStore takes the map's exclusive lock while we read (a map open in the app is refused as 'map-in-use'),
      // and brings an older map up to the current schema, as opening it in the app would.
      const store = openMapStore(file);
      let doc;
      try {
        doc = store.document();
      } finally {
        store.close();
      }
      const analysis = analyseMap(doc);
      if (report !== undefined) {
        const sections = writeReport(doc, analysis);
        const options = { title: doc.info.name };
        writeFileSync(report, extname(report).toLowerCase() === '.html' ? reportToHtml(sections, options) : reportToMarkdown(sections, options));
      }
      io.out(parsed.values.json ? JSON.stringify(analysis, null, 2) : analysisSummary(doc, analysis));
      if (report !== undefined && !parsed.values.json) io.out(`\nReport written to ${report}`);
      return 0;
    } catch (error) {
      return printFailure(io, error);
    }
  },
};
