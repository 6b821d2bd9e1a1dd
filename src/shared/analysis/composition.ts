// Who is on the map: actors by kind, ties by type and by status, each with its count and share.
import type { TieStatusId, TieTypeId } from '../domain';
import type { AnalysisContext } from './analysis-context';
import { kindClassOf, sideOf } from './kind-classes';
import type { CountFigure, KindFigure } from './types';

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

export function kindFigures(ctx: AnalysisContext): KindFigure[] {
  const counts = new Map<string, number>();
  for (const actor of ctx.actors) counts.set(actor.kindId, (counts.get(actor.kindId) ?? 0) + 1);
  return ctx.doc.kinds.map((kind) => {
    const kindClass = kindClassOf(kind);
    const count = counts.get(kind.id) ?? 0;
    return {
      kindId: kind.id,
      name: kind.name,
      kindClass,
      side: sideOf(kindClass),
      count,
      share: share(count, ctx.actors.length),
    };
  });
}

/** Counts ties per list entry in the list's order, then a "none recorded" row when some ties have no entry. */
function countBy<Id extends string>(
  ctx: AnalysisContext,
  entries: readonly { id: Id; name: string }[],
  idOf: (tie: AnalysisContext['ties'][number]) => Id | null,
  noneName: string,
): CountFigure<Id>[] {
  const counts = new Map<Id | null, number>();
  for (const tie of ctx.ties) counts.set(idOf(tie), (counts.get(idOf(tie)) ?? 0) + 1);
  const total = ctx.ties.length;
  const rows: CountFigure<Id>[] = entries.map((e) => ({
    id: e.id,
    name: e.name,
    count: counts.get(e.id) ?? 0,
    share: share(counts.get(e.id) ?? 0, total),
  }));
  const known = new Set<Id | null>(entries.map((e) => e.id));
  const unlisted = [...counts.entries()].filter(([id]) => !known.has(id)).reduce((sum, [, n]) => sum + n, 0);
  if (unlisted > 0) rows.push({ id: null, name: noneName, count: unlisted, share: share(unlisted, total) });
  return rows;
}

export function tieTypeFigures(ctx: AnalysisContext): CountFigure<TieTypeId>[] {
  return countBy(ctx, ctx.doc.tieTypes, (t) => t.tieTypeId, 'No type recorded');
}

export function tieStatusFigures(ctx: AnalysisContext): CountFigure<TieStatusId>[] {
  return countBy(ctx, ctx.doc.tieStatuses, (t) => t.statusId, 'No status recorded');
}
