// Anonymised exports in every format (xlsx, CSV, JSON, GraphML, GEXF, SVG, HTML/Markdown/PDF reports, the CLI's
// --anonymise), scanned for everything private about a person of a kind with no "individual" in its name: name,
// email, phone, address, tag, a private field's value, consent date, provenance file and sheet names, tie sources
// and notes, and the ids of the map and of an earlier export.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { runCli } from '../../../src/cli/caremap';
import { writeReportFile } from '../../../src/cli/report-file';
import { analyseMap } from '../../../src/shared/analysis';
import { anonymiseDocument } from '../../../src/shared/anonymise';
import { buildExport } from '../../../src/shared/export/build-export';
import { DATA_FORMATS, type DataFormat } from '../../../src/shared/export/data-formats';
import { mapToSvg } from '../../../src/shared/render/map-svg';
import { readPdf } from '../analysis/pdf-text';
import { tempDir } from '../store/temp-maps';
import { PERSON, SAFE_VALUE, SECRETS, writePrivacyMap } from './privacy-fixture';

/** Everything a reader of the file could see, as one text. */
function readable(name: string, bytes: Uint8Array): string {
  if (!name.endsWith('.xlsx')) return new TextDecoder().decode(bytes);
  const book = XLSX.read(bytes, { type: 'array' });
  return book.SheetNames.map((s) => XLSX.utils.sheet_to_csv(book.Sheets[s]!)).join('\n');
}

const exported = (format: DataFormat, anonymise: boolean, doc = writePrivacyMap(tempDir(), MENTIONS).doc) =>
  buildExport(doc, format, { anonymise })
    .map((f) => readable(f.name, f.bytes))
    .join('\n');

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) expect(text, `should not hold “${secret}”`).not.toContain(secret);
}

/** The organisation's own words name the person too, so the scrubbing of free text is checked in every format. */
const MENTIONS = { orgMentionsPerson: true };
const MAP_IDS = ['person-1', 'group-1', 'tie-1'];
const uuids = (text: string) =>
  new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);

describe('anonymised data exports', () => {
  it.each(DATA_FORMATS)('%s holds nothing private about a person, keeps safe fields and organisations', (format) => {
    const { doc } = writePrivacyMap(tempDir(), MENTIONS);
    const plain = exported(format, false, doc);
    // The plain export holds the person's name, so its absence below is the anonymising's doing.
    expect(plain).toContain(PERSON.name);
    expect(plain).toContain(PERSON.nhsNumber);
    const anonymised = exported(format, true, doc);
    expectNoSecrets(anonymised);
    expect(anonymised).toContain('Person 1');
    expect(anonymised).toContain(SAFE_VALUE);
    expect(anonymised).toContain('Elm Road Food Bank');
    expect(anonymised).toContain('hello@elmfoodbank.example.org');
    // The organisation's description keeps its words, with the person's name replaced.
    expect(anonymised).toContain('Deliveries driven by Person 1 on Fridays');
  });

  it.each(['json', 'graphml', 'gexf'] as const)(
    '%s gets fresh ids: none of the map’s, none of an earlier export’s',
    (format) => {
      const { doc } = writePrivacyMap(tempDir(), MENTIONS);
      expect(exported(format, false, doc)).toContain('person-1');
      const first = exported(format, true, doc);
      const second = exported(format, true, doc);
      for (const id of MAP_IDS) expect(first).not.toContain(id);
      const firstIds = uuids(first);
      const actorAndTieIds = anonymiseDocument(doc).actors.length + doc.ties.length;
      expect(firstIds.size).toBeGreaterThanOrEqual(actorAndTieIds);
      // Kind and list ids are the map's own and are shared by both; actor and tie ids must all differ.
      const taxonomyIds = new Set<string>(
        [...doc.kinds, ...doc.tieTypes, ...doc.tieStatuses, ...doc.careOffers].map((e) => e.id),
      );
      const shared = [...uuids(second)].filter((id) => firstIds.has(id) && !taxonomyIds.has(id));
      expect(shared).toEqual([]);
    },
  );

  it('a map named after a person is named after their number, in the file and its name', () => {
    const { doc } = writePrivacyMap(tempDir(), MENTIONS);
    const named = { ...doc, info: { ...doc.info, name: `Care circle of ${PERSON.name}` } };
    const [file] = buildExport(named, 'json', { anonymise: true });
    expect(file!.name).toBe('Care circle of Person 1 (anonymised).json');
    expect(readable(file!.name, file!.bytes)).not.toContain(PERSON.name);
  });

  it('the About sheet says what is kept and left out', () => {
    const text = exported('xlsx', true);
    expect(text).toContain('Left out for each person');
    expect(text).toContain('email, phone, address and website');
  });
});

describe('anonymised pictures and reports', () => {
  it('SVG (and the PNG drawn from it) names no person', () => {
    const { doc } = writePrivacyMap(tempDir(), MENTIONS);
    const named = mapToSvg(doc, { background: 'white', legend: true, anonymise: false }).svg;
    expect(named).toContain(PERSON.name);
    // The title is often the map's name, which may name someone.
    const svg = mapToSvg(doc, {
      background: 'white',
      legend: true,
      anonymise: true,
      title: `Care circle of ${PERSON.name}`,
    }).svg;
    expectNoSecrets(svg);
    expect(svg).toContain('Care circle of Person 1');
    expect(svg).toContain('Person 1');
  });

  it.each(['html', 'md', 'pdf'] as const)('the %s report names no person', async (ext) => {
    const dir = tempDir();
    const written = writePrivacyMap(dir, MENTIONS).doc;
    // Named after the person, as a care circle often is: the title must not name them either.
    const doc = { ...written, info: { ...written.info, name: `Care circle of ${PERSON.name}` } };
    const file = join(dir, `report.${ext}`);
    await writeReportFile(file, doc, analyseMap(doc), { anonymise: true });
    const text = ext === 'pdf' ? (await readPdf(readFileSync(file))).lines.join('\n') : readFileSync(file, 'utf8');
    expectNoSecrets(text);
    expect(text).toContain('Elm Road Food Bank');
  });

  it('the CLI’s export --anonymise writes every format without a person’s details', async () => {
    const dir = tempDir();
    const { file } = writePrivacyMap(dir, MENTIONS);
    mkdirSync(join(dir, 'out'));
    const io = { out: () => {}, err: (t: string) => console.error(t) };
    for (const ext of ['xlsx', 'csv', 'json', 'graphml', 'gexf', 'svg']) {
      expect(await runCli(['export', file, '--to', join(dir, 'out', `shared.${ext}`), '--anonymise'], io)).toBe(0);
    }
    const files = readdirSync(join(dir, 'out'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const name of files) {
      const text = readable(name, readFileSync(join(dir, 'out', name)));
      expectNoSecrets(text);
      for (const id of MAP_IDS) expect(text).not.toContain(id);
    }
  });
});
