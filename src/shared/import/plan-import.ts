// Plans an import against the map as it is: which actors are added or updated, which ties are added or updated,
// which kinds, tie types, care offers and fields are new, and every problem. Pure: the same plan is the preview and,
// inside the commit's transaction, the edit itself.
import { fieldShapesOf, takeProvenanceCells } from './caremap-sheets';
import type { Actor, ActorId, CustomValues, IsoDate, KindId, Provenance, Taxonomy, Tie, TieId } from '../domain';
import { checkCustomValue } from '../custom-values';
import { sameContent } from '../equal';
import { nameKey, tidy } from './cell-values';
import { headerRowOf } from './detect-layout';
import { blankRowsOf } from './blank-rows';
import { actorUpdates, type ActorUpdate } from './actor-updates';
import type { ImportChoices, ImportCounts, ImportProblem, RawWorkbook } from './import-types';
import { ImportTaxonomy } from './import-taxonomy';
import { placeNewActors } from './place-actors';
import { ProblemList } from './problems';
import { readActorRows, type ActorDraft } from './read-actor-rows';
import { readTieRows } from './read-tie-rows';
import { endsAreIds, GEPHI_ID_FIELD, idsOf, requireNodesFile } from './ends-by-id';
import { findSheet, resolveChoices, type ResolvedImport } from './resolve-choices';
import { NO_PROVENANCE, planTies } from './plan-ties';

export interface MapSnapshot {
  actors: readonly Actor[];
  ties: readonly Tie[];
  taxonomy: Taxonomy;
}

export interface PlanOptions {
  today: IsoDate;
  newId: () => string;
}

/** Whole records before and after, the shape an undo step holds. New taxonomy entries have no "before". */
export interface ImportRecords {
  taxonomy: Pick<Taxonomy, 'kinds' | 'tieTypes' | 'careOffers' | 'customFields'>;
  actorsBefore: Actor[];
  actorsAfter: Actor[];
  tiesBefore: Tie[];
  tiesAfter: Tie[];
}

export { WEIGHT_FIELD } from './plan-ties';

export interface ImportPlan {
  resolved: ResolvedImport;
  records: ImportRecords;
  counts: ImportCounts;
  problems: ImportProblem[];
  /** Existing actors the import changes, and what changes on each. */
  updates: ActorUpdate[];
}

/**
 * A blank actor with every field written out: V8 keeps objects made by spreading many keys in slow dictionary mode,
 * which made planning 5,000 actors several times slower. Field order as in blankActorDetails.
 */
function newActor(id: ActorId, name: string, kindId: KindId, provenance: Provenance): Actor {
  return {
    id,
    name,
    kindId,
    x: 0,
    y: 0,
    description: '',
    careOfferIds: [],
    careModes: [],
    role: null,
    address: '',
    tags: [],
    website: '',
    contact: { email: '', phone: '', other: '' },
    consent: null,
    consentDate: null,
    notes: '',
    pinned: false,
    customValues: {},
    provenance,
  };
}
const uniqueFolded = (items: string[]) => [...new Map(items.map((t) => [t.toLocaleLowerCase(), t])).values()];

export function planImport(
  workbook: RawWorkbook,
  snapshot: MapSnapshot,
  given: Partial<ImportChoices>,
  options: PlanOptions,
): ImportPlan {
  const resolved = resolveChoices(workbook, snapshot.taxonomy.kinds, given, snapshot.taxonomy.tieTypes);
  const { choices } = resolved;
  const problems = new ProblemList();
  const ownLayout = resolved.layout === 'caremap';
  const taxonomy = new ImportTaxonomy(
    snapshot.taxonomy,
    options.newId,
    ownLayout ? fieldShapesOf(workbook) : undefined,
  );
  const provenance = (sheet: string, row: number, certainty: Provenance['certainty'] = 'reported'): Provenance => ({
    source: 'import',
    label: workbook.fileName,
    sheet,
    row,
    recordedOn: options.today,
    certainty,
  });

  const actorSheet = findSheet(workbook, choices.actorSheet);
  const drafts = actorSheet
    ? readActorRows(
        actorSheet,
        headerRowOf(actorSheet, 'actors'),
        choices.actorColumns,
        problems,
        new Set(choices.preferLater),
      )
    : [];
  const idColumn = choices.actorColumns.indexOf('id');
  const actorHeaders = actorSheet ? (actorSheet.rows[headerRowOf(actorSheet, 'actors')] ?? []) : [];
  const numberHeaders = new Set(
    choices.actorColumns.flatMap((t, i) => (t === 'customNumber' ? [tidy(actorHeaders[i] ?? '')] : [])),
  );
  const idHeader =
    actorSheet && idColumn !== -1
      ? (actorSheet.rows[headerRowOf(actorSheet, 'actors')]?.[idColumn] ?? '').trim() || 'ID'
      : null;

  for (const [key, colour] of kindColoursOf(drafts)) taxonomy.kindColours.set(key, colour);

  // The map's actors by name and by the ID an earlier import of this layout stored.
  const existingByName = new Map<string, Actor>();
  for (const actor of snapshot.actors)
    if (!existingByName.has(nameKey(actor.name))) existingByName.set(nameKey(actor.name), actor);
  // Gephi's edges table alone: its ends are the Ids its nodes table's import kept.
  const byIds = endsAreIds(resolved.layout);
  const existingIdField = idHeader
    ? taxonomy.existingField(idHeader)
    : byIds && !actorSheet
      ? taxonomy.existingField(GEPHI_ID_FIELD)
      : null;
  const existingById = idsOf(snapshot.actors, existingIdField);
  const endsMustMatch = byIds && (idColumn !== -1 || existingIdField !== null);

  const claimed = new Set<ActorId>();
  const before = new Map<ActorId, Actor>();
  const after = new Map<ActorId, Actor>();
  const fileByName = new Map<string, ActorId>();
  const fileById = new Map<string, ActorId>();
  const placedFromFile = new Set<ActorId>();

  const buildActor = (draft: ActorDraft, existing: Actor | null): Actor => {
    const f = draft.fields;
    const kindChoice =
      draft.kind !== null ? (choices.kinds[draft.kind] ?? choices.kinds['']) : existing ? null : choices.kinds[''];
    const base: Actor =
      existing ?? newActor(options.newId() as ActorId, draft.name, taxonomy.kind(kindChoice!), NO_PROVENANCE);
    const customValues: CustomValues = { ...base.customValues };
    const custom = { ...draft.custom };
    const certainty = ownLayout ? takeProvenanceCells(custom) : undefined;
    if (idHeader && draft.externalId !== null) custom[idHeader] = { text: draft.externalId, column: '' };
    for (const [header, { text, column }] of Object.entries(custom)) {
      const field = taxonomy.field(header, numberHeaders.has(header) ? 'number' : undefined);
      const checked = checkCustomValue(field, text);
      if (!checked.ok) problems.add(draft.sheet, draft.row, column, `${checked.message} It is left out.`, 'cleared');
      else if (checked.value === null) delete customValues[field.id];
      else customValues[field.id] = checked.value;
    }
    return {
      id: base.id,
      // Matched by ID, the file's name is the newer one; matched by name, the map's spelling stays.
      name: existing && draft.externalId !== null ? draft.name : base.name,
      kindId: kindChoice ? taxonomy.kind(kindChoice) : base.kindId,
      x: existing ? base.x : (f.x ?? 0),
      y: existing ? base.y : (f.y ?? 0),
      description: f.description ?? base.description,
      careOfferIds: f.careOffers ? [...new Set(f.careOffers.map((o) => taxonomy.careOffer(o)))] : base.careOfferIds,
      careModes: f.careModes ?? base.careModes,
      role: f.role ?? base.role,
      address: f.address ?? base.address,
      tags: f.tags ? uniqueFolded(f.tags) : base.tags,
      website: f.website ?? base.website,
      contact: {
        email: f.email ?? base.contact.email,
        phone: f.phone ?? base.contact.phone,
        other: f.otherContact ?? base.contact.other,
      },
      consent: f.consent ?? base.consent,
      consentDate: f.consentDate ?? base.consentDate,
      notes: f.notes ?? base.notes,
      pinned: base.pinned,
      customValues,
      provenance: provenance(draft.sheet, draft.row, certainty ?? existing?.provenance.certainty),
    };
  };

  for (const draft of drafts) {
    let existing =
      (draft.externalId !== null ? existingById.get(draft.externalId) : undefined) ??
      existingByName.get(draft.key) ??
      null;
    if (existing && claimed.has(existing.id)) existing = null;
    const actor = buildActor(draft, existing);
    if (existing) {
      claimed.add(existing.id);
      before.set(existing.id, existing);
    }
    after.set(actor.id, actor);
    if (!existing && (draft.fields.x !== undefined || draft.fields.y !== undefined)) placedFromFile.add(actor.id);
    if (!fileByName.has(draft.key)) fileByName.set(draft.key, actor.id);
    if (draft.externalId !== null) fileById.set(draft.externalId, actor.id);
  }

  // Tie ends: the file's own actors by ID then name, then the map's, then (if chosen) a new actor of that name.
  const createdForTies = new Map<string, ActorId>();
  // Set once the tie rows are read: their ends are Ids (at least one matches one), so only an Id may match — a label
  // that happens to equal an unknown Id must not catch the tie (Gephi exports whose labels are numbers).
  let strictIds = false;
  const resolveEnd = (text: string, sheet: string, row: number, column: string): ActorId | null => {
    const key = nameKey(text);
    const found = strictIds
      ? (fileById.get(text) ?? existingById.get(text)?.id)
      : (fileById.get(text) ??
        fileByName.get(key) ??
        existingById.get(text)?.id ??
        existingByName.get(key)?.id ??
        createdForTies.get(key));
    if (found) return found;
    if (strictIds) {
      const where = actorSheet ? `“${actorSheet.name}”` : 'the map (from an earlier import)';
      problems.add(
        sheet,
        row,
        column,
        `No node has the Id “${text}” in ${where}, so this tie is not imported.`,
        'skipped',
      );
      return null;
    }
    if (choices.unknownActors === 'skip') {
      problems.add(
        sheet,
        row,
        column,
        `“${text}” is not an actor in the file or the map, so this tie is not imported (or choose to create the actors ties name).`,
        'skipped',
      );
      return null;
    }
    const actor = newActor(
      options.newId() as ActorId,
      text.slice(0, 200),
      taxonomy.kind(choices.kinds['']!),
      provenance(sheet, row),
    );
    after.set(actor.id, actor);
    createdForTies.set(key, actor.id);
    problems.add(
      sheet,
      row,
      column,
      `“${text}” is not an actor in the file or the map; it is added as a new actor.`,
      'created',
    );
    return actor.id;
  };

  const nameOf = (id: ActorId) => (after.get(id) ?? snapshot.actors.find((a) => a.id === id))?.name ?? '';
  const tieSheet = findSheet(workbook, choices.tieSheet);
  const tieHeaders = tieSheet ? (tieSheet.rows[headerRowOf(tieSheet, 'ties')] ?? []) : [];
  const tieNumberHeaders = new Set(
    choices.tieColumns.flatMap((t, i) => (t === 'customNumber' ? [tidy(tieHeaders[i] ?? '')] : [])),
  );
  const tieDrafts = tieSheet ? readTieRows(tieSheet, headerRowOf(tieSheet, 'ties'), choices.tieColumns, problems) : [];
  strictIds =
    endsMustMatch &&
    tieDrafts.some(
      (d) => fileById.has(d.from) || fileById.has(d.to) || existingById.has(d.from) || existingById.has(d.to),
    );
  if (tieSheet && byIds && !actorSheet && !existingIdField)
    requireNodesFile(workbook.fileName, tieSheet, tieDrafts, snapshot.actors);
  const { tiesBefore, tiesAfter } = planTies({
    drafts: tieDrafts,
    mapTies: snapshot.ties,
    choices,
    numberHeaders: tieNumberHeaders,
    taxonomy,
    problems,
    resolveEnd,
    nameOf,
    newId: options.newId,
    provenance,
  });

  placeActors(snapshot, before, after, tiesAfter, placedFromFile);

  const changedActors = [...before.keys()].filter((id) => !sameContent(before.get(id), after.get(id)));
  const changedTies = [...tiesBefore.keys()].filter((id) => !sameContent(tiesBefore.get(id), tiesAfter.get(id)));
  const newFields = taxonomy.newFields;
  return {
    resolved,
    records: {
      taxonomy: {
        kinds: taxonomy.newKinds,
        tieTypes: taxonomy.newTieTypes,
        careOffers: taxonomy.newCareOffers,
        customFields: newFields,
      },
      actorsBefore: [...before.values()],
      actorsAfter: [...after.values()],
      tiesBefore: [...tiesBefore.values()],
      tiesAfter: [...tiesAfter.values()],
    },
    counts: {
      actorsAdded: after.size - before.size,
      actorsUpdated: changedActors.length,
      tiesAdded: tiesAfter.size - tiesBefore.size,
      tiesUpdated: changedTies.length,
      newKinds: taxonomy.newKinds.length,
      newTieTypes: taxonomy.newTieTypes.length,
      newFields: newFields.length,
      newCareOffers: taxonomy.newCareOffers.length,
      blankRows:
        (actorSheet ? blankRowsOf(actorSheet, headerRowOf(actorSheet, 'actors')) : 0) +
        (tieSheet ? blankRowsOf(tieSheet, headerRowOf(tieSheet, 'ties')) : 0),
    },
    problems: problems.items,
    updates: actorUpdates(
      before,
      after,
      (id) =>
        snapshot.taxonomy.kinds.find((k) => k.id === id)?.name ??
        taxonomy.newKinds.find((k) => k.id === id)?.name ??
        'no kind',
    ),
  };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Each type's one colour (PRSM's style groups, a "Colour" column), so a new kind keeps the file's colour. */
function kindColoursOf(drafts: readonly ActorDraft[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const draft of drafts) {
    if (draft.kind === null) continue;
    const cell = Object.entries(draft.custom)
      .find(([header]) => /^colou?r$/i.test(header.trim()))?.[1]
      .text.trim();
    if (!cell || !HEX.test(cell)) continue;
    const colours = seen.get(draft.kind) ?? new Set<string>();
    colours.add(cell.toLowerCase());
    seen.set(draft.kind, colours);
  }
  return new Map(
    [...seen].filter(([, colours]) => colours.size === 1).map(([key, colours]) => [key, [...colours][0]!]),
  );
}

/** New actors without X/Y from the file: laid out by the force layout around the map as it is (place-actors.ts). */
function placeActors(
  snapshot: MapSnapshot,
  before: Map<ActorId, Actor>,
  after: Map<ActorId, Actor>,
  ties: Map<TieId, Tie>,
  placedFromFile: Set<ActorId>,
): void {
  const placed = new Map<ActorId, { id: string; x: number; y: number }>();
  for (const a of snapshot.actors) placed.set(a.id, { id: a.id, x: a.x, y: a.y });
  for (const id of placedFromFile) placed.set(id, { id, x: after.get(id)!.x, y: after.get(id)!.y });
  const newcomers = [...after.values()].filter((a) => !before.has(a.id) && !placed.has(a.id));
  const links = [...ties.values()].map((t) => ({ fromId: t.fromId, toId: t.toId }));
  const positions = placeNewActors(
    [...placed.values()],
    newcomers.map((a) => ({ id: a.id, kindId: a.kindId, name: a.name })),
    links,
  );
  // Newcomers are this plan's own new records (never the map's), so they may be given their place in situ.
  for (const [id, point] of positions) {
    const actor = after.get(id as ActorId)!;
    actor.x = point.x;
    actor.y = point.y;
  }
}
