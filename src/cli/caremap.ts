// The command line: `caremap analyse MAP.caremap [--json] [--report FILE.(html|md)]`, the app's own store and analysis with no UI.
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openMapStore } from '../main/store';
import { analyseMap, reportToHtml, reportToMarkdown, writeReport } from '../shared/analysis';
import { CaremapError } from '../shared/errors';
import { analysisSummary } from './analysis-summary';

const USAGE = 'Usage: caremap analyse MAP.caremap [--json] [--report FILE.html|FILE.md]';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: CliIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/** Returns the exit code: 0 done, 1 the map or report file could not be used, 2 the command was wrong. */
export function runCli(args: readonly string[], io: CliIo = consoleIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean' }, report: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, file, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'analyse' || !file || rest.length > 0) {
    io.err(USAGE);
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
    if (error instanceof CaremapError) io.err(`caremap: ${error.message}`);
    else io.err(`caremap: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = runCli(process.argv.slice(2));
