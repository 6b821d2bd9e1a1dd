// Acceptance 1: a map with every field type, exported as xlsx and imported into a new map, comes back the same,
// field by field (provenance aside: an imported record says it was imported, which is the point of provenance).
// Issue 13: the same for the two CSV files (actors, then ties), the export's guarding apostrophes removed again.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli } from '../../../src/cli/caremap';
import { openMapStore } from '../../../src/main/store';
import type { MapDocument } from '../../../src/shared/domain';
import { buildExport } from '../../../src/shared/export/build-export';
import { NO_CELL, YES_CELL } from '../../../src/shared/spreadsheet-columns';
import { tempDir } from '../store/temp-maps';
import { writeRichMap } from './export-fixture';

/** The importer trims spaces, tabs and line breaks from the ends of every cell, as it should for partners' files. */
const trim = (text: string) => text.trim();
const trimValue = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Everything a facilitator entered, with ids replaced by the names people see, so two maps can be compared. */
function comparable(doc: MapDocument) {
  const kind = new Map(doc.kinds.map((k) => [k.id as string, k.name]));
  const offer = new Map(doc.careOffers.map((o) => [o.id as string, o.name]));
  const type = new Map(doc.tieTypes.map((t) => [t.id as string, t.name]));
  const status = new Map(doc.tieStatuses.map((s) => [s.id as string, s.name]));
  const field = new Map(doc.customFields.map((f) => [f.id as string, f.name]));
  const name = new Map(doc.actors.map((a) => [a.id as string, a.name]));
  const actors = doc.actors
    .map((a) => ({
      name: a.name,
      kind: kind.get(a.kindId),
      x: a.x,
      y: a.y,
      description: trim(a.description),
      careOffers: a.careOfferIds.map((id) => offer.get(id)).sort(),
      careModes: [...a.careModes].sort(),
      role: a.role,
      address: a.address,
      tags: [...a.tags].sort(),
      website: a.website,
      contact: { email: trim(a.contact.email), phone: trim(a.contact.phone), other: trim(a.contact.other) },
      consent: a.consent,
      consentDate: a.consentDate,
      notes: trim(a.notes),
      customValues: Object.fromEntries(Object.entries(a.customValues).map(([id, v]) => [field.get(id), trimValue(v)])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const ties = doc.ties
    .map((t) => ({
      from: name.get(t.fromId),
      to: name.get(t.toId),
      type: t.tieTypeId ? type.get(t.tieTypeId) : null,
      direction: t.direction,
      strength: t.strength,
      status: t.statusId ? status.get(t.statusId) : null,
      since: t.since,
      notes: trim(t.notes),
    }))
    .sort((a, b) => `${a.from}→${a.to}`.localeCompare(`${b.from}→${b.to}`));
  // By name: the importer adds fields in the order values first use them, not the Fields sheet's order.
  const fields = doc.customFields
    .map((f) => ({ name: f.name, type: f.type, options: f.options }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { actors, ties, fields };
}

/**
 * Exports the rich map as xlsx (one file) or CSV (actors and ties files), imports the file(s) in that order into a
 * new map with `caremap import`, and returns both documents.
 */
async function roundTrip(
  format: 'xlsx' | 'csv' = 'xlsx',
): Promise<{ before: MapDocument; after: MapDocument; files: string[] }> {
  const dir = tempDir();
  const { doc } = writeRichMap(dir);
  const files = buildExport(doc, format, { anonymise: false, baseName: 'export' }).map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    return path;
  });
  const target = join(dir, 'Reimported.caremap');
  for (const file of files) {
    const err: string[] = [];
    const code = await runCli(['import', file, '--into', target], { out: () => {}, err: (t) => err.push(t) });
    expect(code, err.join('\n')).toBe(0);
  }
  const store = openMapStore(target);
  try {
    return { before: doc, after: store.document(), files: files.map((f) => basename(f)) };
  } finally {
    store.close();
  }
}

describe('xlsx round trip', () => {
  it('reproduces every actor, tie, field (with its type and choices), value and certainty in a new map', async () => {
    const { before, after } = await roundTrip();
    const [b, a] = [comparable(before), comparable(after)];
    expect(a.fields).toEqual(b.fields);
    expect(a.ties).toEqual(b.ties);
    expect(a.actors).toEqual(b.actors);
    // Provenance says the records were imported, from this file; how sure the facilitator was comes along.
    const certainty = (doc: MapDocument) => Object.fromEntries(doc.actors.map((x) => [x.name, x.provenance.certainty]));
    expect(certainty(after)).toEqual(certainty(before));
    expect(after.actors.every((x) => x.provenance.source === 'import' && x.provenance.label === 'export.xlsx')).toBe(
      true,
    );
  });
});

describe('CSV round trip', () => {
  it('reproduces every actor, tie, value and certainty, with no guarding apostrophe and no provenance fields left', async () => {
    const { before, after, files } = await roundTrip('csv');
    expect(files).toEqual(['export-actors.csv', 'export-ties.csv']);
    const [b, a] = [comparable(before), comparable(after)];
    expect(a.ties).toEqual(b.ties);
    // A CSV file has no Fields sheet, so a field's type and choices do not travel: values are compared as the text
    // of their cells (number fields become numbers again where the importer recognises numeric columns).
    const asCells = (actors: ReturnType<typeof comparable>['actors']) =>
      actors.map((x) => ({
        ...x,
        customValues: Object.fromEntries(
          Object.entries(x.customValues).map(([k, v]) => [
            k,
            typeof v === 'boolean' ? (v ? YES_CELL : NO_CELL) : String(v),
          ]),
        ),
      }));
    expect(asCells(a.actors)).toEqual(asCells(b.actors));
    // Source, Source label and Certainty are provenance, not fields of their own.
    expect(a.fields.map((f) => f.name)).toEqual(b.fields.map((f) => f.name));
    const certainty = (doc: MapDocument) => Object.fromEntries(doc.actors.map((x) => [x.name, x.provenance.certainty]));
    expect(certainty(after)).toEqual(certainty(before));
    expect(
      after.actors.every((x) => x.provenance.source === 'import' && x.provenance.label === 'export-actors.csv'),
    ).toBe(true);
  });
});
