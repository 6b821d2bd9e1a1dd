// The map as an SVG picture, drawn from the model (not screen-scraped): the same shapes, colours, line styles, sizes
// and filter/focus looks as the canvas, with an optional title, date and legend. Pure: runs in the renderer, in main
// and on the command line.
import type {
  Actor,
  ActorId,
  Kind,
  KindId,
  MapDocument,
  Tie,
  TieStatus,
  TieStatusId,
  TieType,
  TieTypeId,
} from '../domain';
import { anonymiseDocument, nameScrubber } from '../anonymise';
import { shapePath } from './shape-path';
import { dashArray, DIM_ALPHA, lineStyleOf, STRENGTH_WIDTH } from './tie-style';
import { escapeXml, FONT_FAMILY } from './svg-text';
import { nameSvg, pictureNames } from './svg-names';
import { curvePath, tieBends, tieCurve } from './tie-bends';
import { legendLayout, legendSvg, type LegendEntries } from './svg-legend';
import { placeLegend } from './legend-place';
import { pictureObstacles } from './picture-frame';
import { isolatedStripSvg } from './isolated-strip';
import { frameWholeMap } from './whole-map-frame';
import type { ActorLook, MapPicture, MapPictureOptions, PictureBounds } from './picture-types';

export type { MapPicture, MapPictureOptions, MapLook, ActorLook, TieLook, PictureBounds } from './picture-types';

/** The canvas's shape is 48 wide; names sit under it in a 160-wide box (see renderer canvas/geometry.ts). */
const SHAPE_RADIUS = 24;
const MARGIN = 24;
const GAP = 24;
const UNKNOWN_COLOUR = '#8a94a3';
const TIE_COLOUR = '#5b6675';

const n = (v: number) => Math.round(v * 10) / 10;

function arrowhead(tipX: number, tipY: number, tailX: number, tailY: number, length: number): string {
  const d = Math.hypot(tipX - tailX, tipY - tailY) || 1;
  const ux = (tipX - tailX) / d;
  const uy = (tipY - tailY) / d;
  const half = length * 0.45;
  return `M${n(tipX)},${n(tipY)}L${n(tipX - ux * length - uy * half)},${n(tipY - uy * length + ux * half)}L${n(tipX - ux * length + uy * half)},${n(tipY - uy * length - ux * half)}Z`;
}

interface Drawn {
  actor: Actor;
  look: ActorLook;
  radius: number;
}

function tiesSvg(doc: MapDocument, drawn: Map<ActorId, Drawn>, options: MapPictureOptions): string {
  const types = new Map<TieTypeId, TieType>(doc.tieTypes.map((t) => [t.id, t]));
  const statuses = new Map<TieStatusId, TieStatus>(doc.tieStatuses.map((s) => [s.id, s]));
  const parts: string[] = [];
  const bends = tieBends(doc.ties);
  for (const tie of doc.ties) {
    const look = options.look?.ties?.get(tie.id) ?? {};
    const from = drawn.get(tie.fromId);
    const to = drawn.get(tie.toId);
    if (look.hidden || !from || !to) continue;
    // Ties sharing two actors curve apart (tie-bends.ts); a tie alone stays a straight line.
    const curve = tieCurve(from.actor, to.actor, bends.get(tie.id) ?? 0, from.radius + 5, to.radius + 5);
    if (!curve) continue;
    const { start: a, control: c, end: b } = curve;
    const colour = (tie.tieTypeId && types.get(tie.tieTypeId)?.colour) || TIE_COLOUR;
    const width = STRENGTH_WIDTH[tie.strength];
    const dash = dashArray(lineStyleOf(tie.statusId, statuses), width);
    const dimmed = look.dimmed || from.look.dimmed || to.look.dimmed;
    const opacity = dimmed ? DIM_ALPHA * 0.8 : 0.8;
    let heads = '';
    if (tie.direction !== 'none') heads += arrowhead(b.x, b.y, c.x, c.y, 8 + width * 1.5);
    if (tie.direction === 'mutual') heads += arrowhead(a.x, a.y, c.x, c.y, 8 + width * 1.5);
    const stroke = `stroke="${escapeXml(colour)}" stroke-opacity="${opacity}" stroke-width="${width}"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}`;
    // Opacity on the line and the arrowheads, not on a group around them: a group's opacity makes the rasteriser
    // paint each tie into a layer of its own, which took ~10 s for 5,000 ties at 2× in Chromium.
    parts.push(
      (bends.has(tie.id)
        ? `<path d="${curvePath(curve, n)}" fill="none" ${stroke}/>`
        : `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" ${stroke}/>`) +
        (heads ? `<path d="${heads}" fill="${escapeXml(colour)}" fill-opacity="${opacity}"/>` : ''),
    );
  }
  return `<g class="ties">${parts.join('')}</g>`;
}

function actorsSvg(drawnActors: Drawn[], kinds: Map<KindId, Kind>, ties: readonly Tie[]): string {
  const parts: string[] = [];
  // Names by the labelling policy (svg-names.ts): whole, haloed, and only where they do not overlap.
  const named = drawnActors.map(({ actor, look, radius }) => ({
    actor,
    radius,
    scale: look.scale ?? 1,
    dimmed: look.dimmed,
  }));
  const withName = pictureNames(named, ties);
  // Dimmed actors first, so the ones in full sit on top of them, as on the canvas.
  const ordered = [...drawnActors].sort((a, b) => Number(b.look.dimmed ?? false) - Number(a.look.dimmed ?? false));
  for (const { actor, look, radius } of ordered) {
    const kind = kinds.get(actor.kindId);
    const fill = look.colour ?? kind?.colour ?? UNKNOWN_COLOUR;
    parts.push(
      // The full name as the shape's title: vector editors list titles, and a name that gave way is still there.
      `<g class="actor"${look.dimmed ? ` opacity="${DIM_ALPHA}"` : ''}><title>${escapeXml(actor.name)}</title>` +
        `<path d="${shapePath(kind?.shape ?? 'circle', actor.x, actor.y, radius)}" fill="${escapeXml(fill)}" stroke="rgba(20,24,29,0.55)" stroke-width="1.2"/>` +
        (withName.has(actor.id) ? nameSvg({ actor, radius, scale: look.scale ?? 1 }) : '') +
        '</g>',
    );
  }
  return `<g class="actors">${parts.join('')}</g>`;
}

function legendEntries(doc: MapDocument, drawn: Map<ActorId, Drawn>): LegendEntries {
  const kindCounts = new Map<KindId, number>();
  for (const { actor } of drawn.values()) kindCounts.set(actor.kindId, (kindCounts.get(actor.kindId) ?? 0) + 1);
  const typeCounts = new Map<TieTypeId, number>();
  for (const tie of doc.ties) {
    if (tie.tieTypeId && drawn.has(tie.fromId) && drawn.has(tie.toId))
      typeCounts.set(tie.tieTypeId, (typeCounts.get(tie.tieTypeId) ?? 0) + 1);
  }
  return {
    kinds: doc.kinds.filter((k) => kindCounts.has(k.id)).map((kind) => ({ kind, count: kindCounts.get(kind.id)! })),
    tieTypes: doc.tieTypes
      .filter((t) => typeCounts.has(t.id))
      .map((tieType) => ({ tieType, count: typeCounts.get(tieType.id)! })),
  };
}

function intersects(actor: Actor, radius: number, b: PictureBounds): boolean {
  return (
    actor.x + radius >= b.x &&
    actor.x - radius <= b.x + b.width &&
    actor.y + radius >= b.y &&
    actor.y - radius <= b.y + b.height
  );
}

export function mapToSvg(source: MapDocument, given: MapPictureOptions): MapPicture {
  const doc = given.anonymise ? anonymiseDocument(source, { keepIds: true }) : source;
  // A title naming someone ("Ada Okafor's circle", often the map's name) names their number instead.
  const options = given.anonymise && given.title ? { ...given, title: nameScrubber(source)(given.title) } : given;
  const kinds = new Map<KindId, Kind>(doc.kinds.map((k) => [k.id, k]));
  const shown = doc.actors.filter((a) => !options.look?.actors?.get(a.id)?.hidden);
  const drawn = new Map<ActorId, Drawn>();
  for (const actor of shown) {
    const look = options.look?.actors?.get(actor.id) ?? {};
    const radius = SHAPE_RADIUS * (look.scale ?? 1);
    // Actors just outside the view still anchor the ties that cross into it.
    if (!options.bounds || intersects(actor, radius + 200, options.bounds))
      drawn.set(actor.id, { actor, look, radius });
  }
  const entries = options.legend ? legendEntries(doc, drawn) : null;
  // The whole map is framed to what is drawn, far-flung groups and lone actors packed closer (whole-map-frame.ts).
  const framed = options.bounds
    ? null
    : frameWholeMap(doc, drawn, options.look, entries ? legendLayout(entries) : undefined);
  if (framed) for (const [id, d] of drawn) drawn.set(id, { ...d, actor: framed.actors.get(id) ?? d.actor });
  const area = options.bounds ?? framed!.area;
  const headerHeight = (options.title ? 34 : 0) + (options.date ? 22 : 0) + (options.title || options.date ? 12 : 0);
  const placed = entries
    ? placeLegend(area, entries, pictureObstacles(drawn.values(), doc.ties, options.look, framed?.strip), GAP)
    : null;
  const legend = placed?.layout ?? null;
  const width = Math.ceil(MARGIN + (placed?.width ?? area.width) + MARGIN);
  const height = Math.ceil(MARGIN + headerHeight + (placed?.height ?? area.height) + MARGIN);
  const mapX = MARGIN;
  const mapY = MARGIN + headerHeight;
  const font = escapeXml(FONT_FAMILY);
  const header = [
    options.title
      ? `<text x="${MARGIN}" y="${MARGIN + 26}" font-family="${font}" font-size="26" font-weight="700" fill="#1d232b">${escapeXml(options.title)}</text>`
      : '',
    options.date
      ? `<text x="${MARGIN}" y="${MARGIN + (options.title ? 34 : 0) + 17}" font-family="${font}" font-size="15" fill="#4a5562">${escapeXml(options.date)}</text>`
      : '',
  ].join('');
  const legendX = placed?.at ? mapX + placed.at.x - area.x : placed?.side === 'right' ? mapX + area.width + GAP : mapX;
  const legendY = placed?.at ? mapY + placed.at.y - area.y : placed?.side === 'right' ? mapY : mapY + area.height + GAP;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : '',
    options.background === 'white' ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '',
    header,
    `<svg x="${mapX}" y="${mapY}" width="${n(area.width)}" height="${n(area.height)}" viewBox="${n(area.x)} ${n(area.y)} ${n(area.width)} ${n(area.height)}" overflow="hidden">`,
    framed?.strip ? isolatedStripSvg(framed.strip) : '',
    tiesSvg(doc, drawn, options),
    actorsSvg([...drawn.values()], kinds, doc.ties),
    '</svg>',
    legend ? legendSvg(legend, legendX, legendY) : '',
    '</svg>',
  ].join('');
  return {
    svg,
    width,
    height,
    legendBox: legend ? { x: legendX, y: legendY, width: legend.width, height: legend.height } : null,
  };
}
