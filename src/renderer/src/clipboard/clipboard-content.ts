// What Copy keeps: the chosen actors and the ties among them, with lists named by words so another map can take them.
import type { Request } from '../../../shared/api';
import type { ActorId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';

export type ClipboardContent = Request<'actors.paste'>;

/** The actors with these ids and every tie whose two ends are among them; null if none of them exists. */
export function copyOf(ids: readonly ActorId[]): ClipboardContent | null {
  const doc = useDocumentStore.getState();
  const chosen = new Set<string>(ids);
  const offerNames = new Map(doc.careOffers.map((o) => [o.id as string, o.name]));
  const fieldNames = new Map(doc.customFields.map((f) => [f.id as string, f.name]));
  const actors: ClipboardContent['actors'] = [];
  for (const id of ids) {
    const a = doc.actors.get(id);
    if (!a) continue;
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
  for (const t of doc.ties.values()) {
    if (!chosen.has(t.fromId) || !chosen.has(t.toId)) continue;
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
