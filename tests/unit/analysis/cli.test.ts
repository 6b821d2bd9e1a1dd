// The command line on real map files in a temp folder: JSON counts through bin/caremap.mjs, reports, and clear refusals.
import { describe, expect, it } from 'vitest';
import { cliBin } from '../cli-bin';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, ActorId, Tie, TieId } from '../../../src/shared/domain';
import { blankActorDetails, blankTieDetails } from '../../../src/shared/record-defaults';
import { seedTaxonomy, taxonomyOf, writeNewMapFile } from '../../../src/main/store';
import type { MapAnalysis } from '../../../src/shared/analysis';
import { runCli } from '../../../src/cli/caremap';
import { tempDir } from '../store/temp-maps';
import { readPdf } from './pdf-text';

/** Three individuals in a path, one statutory service tied to the last, and one isolated grassroots group. */
function writeMap(dir: string): string {
  const seed = seedTaxonomy();
  const actor = (id: string, key: string): Actor => ({
    id: id as ActorId,
    name: `Actor ${id}`,
    kindId: seed.kindIdByKey.get(key)!,
    x: 0,
    y: 0,
    ...blankActorDetails(),
  });
  const tie = (id: string, from: string, to: string): Tie => ({
    id: id as TieId,
    fromId: from as ActorId,
    toId: to as ActorId,
    tieTypeId: seed.tieTypeIdByKey.get('referral')!,
    direction: 'one-way',
    ...blankTieDetails(),
  });
  const file = join(dir, 'Clapton.caremap');
  writeNewMapFile(file, {
    name: 'Clapton',
    ...taxonomyOf(seed),
    actors: [
      actor('a', 'individual'),
      actor('b', 'individual'),
      actor('c', 'individual'),
      actor('s', 'statutory'),
      actor('g', 'grassroots'),
    ],
    ties: [tie('t1', 'a', 'b'), tie('t2', 'b', 'c'), tie('t3', 'c', 's')],
  });
  return file;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('caremap analyse', () => {
  it('prints the analysis as JSON through bin/caremap.mjs', () => {
    const file = writeMap(tempDir());
    const result = spawnSync(process.execPath, [cliBin(), 'analyse', file, '--json'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout) as MapAnalysis;
    expect(analysis.totals).toMatchObject({ actors: 5, ties: 3, components: 2, isolated: 1 });
    expect(Object.fromEntries(analysis.kinds.map((k) => [k.name, k.count]))).toMatchObject({
      'Individual active citizen': 3,
      'Statutory service': 1,
      'Grassroots or mutual aid group': 1,
    });
    expect(analysis.articulationPointIds).toEqual(['b', 'c']);
    expect(analysis.actors.find((a) => a.actorId === 'b')).toMatchObject({ inTies: 1, outTies: 1, betweenness: 2 }); // a–c and a–s;
    // The JSON says what the figures assume, and carries the weighted in/out (every tie medium: weight 2).
    expect(analysis.assumptions).toMatchObject({
      structure: 'undirected',
      weights: 'unweighted',
      directedTies: 3,
      undirectedTies: 0,
      weighted: false,
    });
    expect(analysis.weighted.find((w) => w.actorId === 'c')).toEqual({
      actorId: 'c',
      strength: 4,
      inStrength: 2,
      outStrength: 2,
    });
  });

  it('writes a Markdown or HTML report and prints a readable summary', async () => {
    const dir = tempDir();
    const file = writeMap(dir);
    for (const name of ['report.md', 'report.html']) {
      const { io, out } = capture();
      expect(await runCli(['analyse', file, '--report', join(dir, name)], io)).toBe(0);
      expect(out.join('\n')).toContain('Clapton: 5 actors, 3 ties');
      // The summary and the report say what they assume, and who most ties point to and start from.
      expect(out.join('\n')).toContain('treat every tie as two-way and of equal weight (undirected and unweighted)');
      expect(out.join('\n')).toMatch(/Most ties in: Actor b \(1\), Actor c \(1\), Actor s \(1\)/);
      const report = readFileSync(join(dir, name), 'utf8');
      expect(report).toContain('Individual active citizen: 3 actors (60%)');
      expect(report).toContain('How these figures were worked out');
      expect(report).toContain('undirected and unweighted');
      expect(report).toContain('Who gives and who receives');
    }
    // The web page carries the map picture inside it, as a real PNG.
    const image = /<img src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(
      readFileSync(join(dir, 'report.html'), 'utf8'),
    );
    expect(Buffer.from(image![1]!, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('writes a PDF report with the title, the kind counts, the map and the charts; Markdown gets the picture and charts beside it', async () => {
    const dir = tempDir();
    const file = writeMap(dir);
    const { io, out } = capture();
    expect(await runCli(['analyse', file, '--report', join(dir, 'report.pdf')], io)).toBe(0);
    expect(out.join('\n')).toContain(`Report written to ${join(dir, 'report.pdf')}`);
    const bytes = readFileSync(join(dir, 'report.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.title).toBe('Analysis & Overview: Clapton');
    expect(pdf.lines).toContain('•Individual active citizen: 3 actors (60%)');
    // The map is drawn on a page of its own, names as text; the panel's charts follow their sections.
    // Here every actor stands on the same spot, so not every name fits around it, and the page says so.
    expect(pdf.lines).toEqual(expect.arrayContaining(['Actor b', 'Actors by kind', 'Who is tied to whom']));
    expect(pdf.lines.some((l) => /^Names are shown for [1-4] of the 5 actors, the most connected first/.test(l))).toBe(
      true,
    );

    // Anonymised: the individuals (Actor a, b, c) become Person 1–3; the statutory service keeps its name.
    expect(await runCli(['analyse', file, '--report', join(dir, 'shared.pdf'), '--anonymise'], capture().io)).toBe(0);
    const shared = (await readPdf(readFileSync(join(dir, 'shared.pdf')))).lines.join('\n');
    expect(shared).not.toMatch(/Actor [abc]\b/);
    expect(shared).toMatch(/Person [123]/);
    expect(shared).toContain('Actor s');

    expect(await runCli(['analyse', file, '--report', join(dir, 'notes.md')], capture().io)).toBe(0);
    const md = readFileSync(join(dir, 'notes.md'), 'utf8');
    expect(md).toContain('![The map](notes%20-%20map.png)');
    expect(readFileSync(join(dir, 'notes - map.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(md).toContain('![Actors by kind](notes%20-%20actors%20by%20kind.svg)');
    expect(readFileSync(join(dir, 'notes - actors by kind.svg'), 'utf8')).toContain('Individual active citizen');
    expect(readFileSync(join(dir, 'notes - who is tied to whom.svg'), 'utf8')).toMatch(/^<svg /);
  });

  it('exits non-zero with a clear message on a missing or bad file, and on a wrong command', async () => {
    const dir = tempDir();
    const missing = capture();
    expect(await runCli(['analyse', join(dir, 'nowhere.caremap')], missing.io)).toBe(1);
    expect(missing.err.join('')).toMatch(/could not be found/);
    const bad = join(dir, 'bad.caremap');
    writeFileSync(bad, 'not a map');
    const notMap = capture();
    expect(await runCli(['analyse', bad], notMap.io)).toBe(1);
    expect(notMap.err.join('')).toMatch(/not a Caremap map/);
    const wrong = capture();
    expect(await runCli(['analyze-this'], wrong.io)).toBe(2);
    expect(wrong.err.join('')).toMatch(/caremap analyse MAP/);
    const anonymiseAlone = capture();
    expect(await runCli(['analyse', bad, '--anonymise'], anonymiseAlone.io)).toBe(2);
    expect(anonymiseAlone.err.join('')).toContain('add --report FILE');
    const wrongFormat = capture();
    expect(await runCli(['analyse', bad, '--report', join(dir, 'r.docx')], wrongFormat.io)).toBe(2);
    expect(wrongFormat.err.join('')).toContain('The report must be an .html, .md or .pdf file, not "r.docx".');
  });
});
