// Planning step 1: read the actor rows and match each to an actor of the map (by the Id an earlier import stored,
// else by name) or plan a new one, with its fields, custom values and provenance.
import { takeProvenanceCells } from './caremap-sheets';
import type { Actor, ActorId, CustomValues } from '../domain';
import { checkCustomValue } from '../custom-values';
import { nameKey, tidy } from './cell-values';
import { headerRowOf } from './detect-layout';
import { endsAreIds, GEPHI_ID_FIELD, idsOf } from './ends-by-id';
import type { ResolvedImport } from './resolve-choices';
import { findSheet } from './resolve-choices';
import { readActorRows, type ActorDraft } from './read-actor-rows';
import { newActor, NO_PROVENANCE } from './plan-records';
import type { ActorMatches, PlanContext } from './plan-types';

const uniqueFolded = (items: string[]) => [...new Map(items.map((t) => [t.toLocaleLowerCase(), t])).values()];

export function matchActors(ctx: PlanContext, layout: ResolvedImport['layout']): ActorMatches {
  const { workbook, snapshot, choices, options, problems, taxonomy, ownLayout, provenance } = ctx;
  const actorSheet = findSheet(workbook, choices.actorSheet);
  const drafts = actorSheet ? readActorRows(actorSheet, headerRowOf(actorSheet, 'actors'), choices.actorColumns, problems) : [];
  const idColumn = choices.actorColumns.indexOf('id');
  const actorHeaders = actorSheet ? (actorSheet.rows[headerRowOf(actorSheet, 'actors')] ?? []) : [];
  const numberHeaders = new Set(choices.actorColumns.flatMap((t, i) => (t === 'customNumber' ? [tidy(actorHeaders[i] ?? '')] : [])));
  const idHeader = actorSheet && idColumn !== -1 ? (actorSheet.rows[headerRowOf(actorSheet, 'actors')]?.[idColumn] ?? '').trim() || 'ID' : null;

  for (const [key, colour] of kindColoursOf(drafts)) taxonomy.kindColours.set(key, colour);

  // The map's actors by name and by the ID an earlier import of this layout stored.
  const existingByName = new Map<string, Actor>();
  for (const actor of snapshot.actors) if (!existingByName.has(nameKey(actor.name))) existingByName.set(nameKey(actor.name), actor);
  // Gephi's edges table alone: its ends are the Ids its nodes table's import kept.
  const byIds = endsAreIds(layout);
  const existingIdField = idHeader ? taxonomy.existingField(idHeader) : byIds && !actorSheet ? taxonomy.existingField(GEPHI_ID_FIELD) : null;
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
    const kindChoice = draft.kind !== null ? (choices.kinds[draft.kind] ?? choices.kinds['']) : existing ? null : choices.kinds[''];
    const base: Actor = existing ?? newActor(options.newId() as ActorId, draft.name, taxonomy.kind(kindChoice!), NO_PROVENANCE);
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
      contact: { email: f.email ?? base.contact.email, phone: f.phone ?? base.contact.phone, other: f.otherContact ?? base.contact.other },
      consent: f.consent ?? base.consent,
      consentDate: f.consentDate ?? base.consentDate,
      notes: f.notes ?? base.notes,
      pinned: base.pinned,
      customValues,
      provenance: provenance(draft.sheet, draft.row, certainty ?? existing?.provenance.certainty),
    };
  };

  for (const draft of drafts) {
    let existing = (draft.externalId !== null ? existingById.get(draft.externalId) : undefined) ?? existingByName.get(draft.key) ?? null;
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

  return { actorSheet, before, after, placedFromFile, fileByName, fileById, existingByName, existingById, byIds, endsMustMatch, existingIdField };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Each type's one colour (PRSM's style groups, a "Colour" column), so a new kind keeps the file's colour. */
function kindColoursOf(drafts: readonly ActorDraft[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const draft of drafts) {
    if (draft.kind === null) continue;
    const cell = Object.entries(draft.custom).find(([header]) => /^colou?r$/i.test(header.trim()))?.[1].text.trim();
    if (!cell || !HEX.test(cell)) continue;
    const colours = seen.get(draft.kind) ?? new Set<string>();
    colours.add(cell.toLowerCase());
    seen.set(draft.kind, colours);
  }
  return new Map([...seen].filter(([, colours]) => colours.size === 1).map(([key, colours]) => [key, [...colours][0]!]));
}
