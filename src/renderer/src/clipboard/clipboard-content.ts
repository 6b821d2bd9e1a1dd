// What Copy keeps: the chosen actors and the ties among them, with lists named by words so another map can take them.
import type { Request } from '../../../shared/api';
import type { ActorId } from '../../../shared/domain';
import { requestDetails, useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';

export type ClipboardContent = Request<'actors.paste'>;

/**
 * The actors with these ids and every tie whose two ends are among them, whole (their details are fetched first if
 * this window does not have them yet); null if none of them exists. Throws a sentence if the details cannot be read.
 */
export async function copyOf(ids: readonly ActorId[]): Promise<ClipboardContent | null> {
  const slim = useDocumentStore.getState();
  const chosen = new Set<string>(ids.filter((id) => slim.actors.has(id)));
  const tieIds = [...slim.ties.values()].filter((t) => chosen.has(t.fromId) && chosen.has(t.toId)).map((t) => t.id);
  await requestDetails([...chosen] as ActorId[], tieIds);
  const doc = { ...useDocumentStore.getState(), ...useDetailsStore.getState() };
  const missing = [...chosen].filter((id) => !doc.actors.has(id as ActorId)).length;
  if (missing > 0 || tieIds.some((id) => !doc.ties.has(id))) {
    throw new Error(
      `Nothing was copied: the details of ${missing || 'some'} of the chosen actors or their ties could not be read. ${useDetailsStore.getState().failed ?? ''} Try again.`,
    );
  }
  const offerNames = new Map(doc.careOffers.map((o) => [o.id as string, o.name]));
  const fieldNames = new Map(doc.customFields.map((f) => [f.id as string, f.name]));
  const actors: ClipboardContent['actors'] = [];
  for (const id of ids) {
    const a = doc.actors.get(id);
    if (!a || !chosen.has(id)) continue;
    actors.push({
      ref: a.id,
      name: a.name,
      kindId: a.kindId,
      kindName: doc.kindsById.get(a.kindId)?.name ?? '',
      x: a.x,
      y: a.y,
      details: {
        description: a.description,
        careModes: a.careModes,
        role: a.role,
        address: a.address,
        tags: a.tags,
        website: a.website,
        contact: a.contact,
        consent: a.consent,
        consentDate: a.consentDate,
        notes: a.notes,
        provenance: a.provenance,
      },
      careOfferNames: a.careOfferIds.flatMap((o) => offerNames.get(o) ?? []),
      customValues: Object.entries(a.customValues).flatMap(([field, value]) => {
        const name = fieldNames.get(field);
        return name ? [{ field: name, value }] : [];
      }),
    });
  }
  if (actors.length === 0) return null;
  const ties: ClipboardContent['ties'] = [];
  for (const id of tieIds) {
    const t = doc.ties.get(id)!;
    ties.push({
      from: t.fromId,
      to: t.toId,
      tieTypeName: t.tieTypeId ? (doc.tieTypesById.get(t.tieTypeId)?.name ?? null) : null,
      statusName: t.statusId ? (doc.tieStatusesById.get(t.statusId)?.name ?? null) : null,
      direction: t.direction,
      strength: t.strength,
      since: t.since,
      notes: t.notes,
    });
  }
  return { actors, ties };
}

/** The same actors moved so their middle lands on `at` (their arrangement kept). */
export function placedAt(content: ClipboardContent, at: { x: number; y: number }): ClipboardContent {
  const xs = content.actors.map((a) => a.x);
  const ys = content.actors.map((a) => a.y);
  const dx = at.x - (Math.min(...xs) + Math.max(...xs)) / 2;
  const dy = at.y - (Math.min(...ys) + Math.max(...ys)) / 2;
  return { ...content, actors: content.actors.map((a) => ({ ...a, x: a.x + dx, y: a.y + dy })) };
}
