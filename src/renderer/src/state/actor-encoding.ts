// Each actor's size and colour under the chosen encoding, recomputed only when the document or the choice changes.
import { create } from 'zustand';
import type { ActorId, CustomField } from '../../../shared/domain';
import { requestAllActors, useDetailsStore } from './details-store';
import { useDocumentStore } from './document-store';
import { useEncodingStore } from './encoding-store';
import { useAnalysisStore } from './analysis-store';
import { betweennessValues, communityColours } from './analysis-encoding';

/** Sizes run from MIN_SCALE (least) to MAX_SCALE (most) times the usual shape. */
export const MIN_SCALE = 0.7;
export const MAX_SCALE = 1.6;
/** Colour-blind-safe (Okabe–Ito) colours for a choice field's options, in order. */
export const CHOICE_COLOURS = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#999999'];
export const NO_CHOICE_COLOUR = '#d9dde3';

export interface EncodingResult {
  /** null: every actor at its usual size. */
  scale: ReadonlyMap<ActorId, number> | null;
  /** null: colour by kind. */
  colour: ReadonlyMap<ActorId, string> | null;
  /** The choice field coloured by, for the legend. */
  colourField: CustomField | null;
}

export const useActorEncoding = create<EncodingResult>()(() => ({ scale: null, colour: null, colourField: null }));

export const useActorScale = (id: string): number => useActorEncoding((s) => s.scale?.get(id as ActorId) ?? 1);
export const useActorColour = (id: string): string | null =>
  useActorEncoding((s) => s.colour?.get(id as ActorId) ?? null);

export function choiceColour(field: CustomField, value: unknown): string {
  const index = typeof value === 'string' ? field.options.indexOf(value) : -1;
  return index < 0 ? NO_CHOICE_COLOUR : CHOICE_COLOURS[index % CHOICE_COLOURS.length]!;
}

function scales(values: Map<ActorId, number>): Map<ActorId, number> {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const result = new Map<ActorId, number>();
  // Area, not radius, follows the value: a square root keeps big values from swamping the map.
  const span = Math.sqrt(max - min) || 1;
  for (const [id, v] of values) result.set(id, MIN_SCALE + ((MAX_SCALE - MIN_SCALE) * Math.sqrt(v - min)) / span);
  return result;
}

let inputs: unknown[] = [];

function recompute(): void {
  const { actors, ties, customFields } = useDocumentStore.getState();
  const { sizeBy, colourBy } = useEncodingStore.getState();
  const { analysis } = useAnalysisStore.getState();
  // A field's values are among the details fetched on demand; until they are here, actors keep their usual look.
  const byField = !['none', 'ties', 'betweenness'].includes(sizeBy) || !['kind', 'community'].includes(colourBy);
  const details = useDetailsStore.getState();
  if (byField && !details.allActors) void requestAllActors();
  const detailed = byField && details.allActors ? details.actors : null;
  const now = [actors, ties, customFields, sizeBy, colourBy, analysis, detailed];
  if (now.length === inputs.length && now.every((v, i) => v === inputs[i])) return;
  inputs = now;
  let scale: Map<ActorId, number> | null = null;
  if (sizeBy === 'ties') {
    const counts = new Map<ActorId, number>([...actors.keys()].map((id) => [id, 0]));
    for (const tie of ties.values()) {
      counts.set(tie.fromId, (counts.get(tie.fromId) ?? 0) + 1);
      counts.set(tie.toId, (counts.get(tie.toId) ?? 0) + 1);
    }
    scale = scales(counts);
  } else if (sizeBy === 'betweenness') {
    // Until the worker answers, everyone keeps the usual size.
    scale = analysis ? scales(betweennessValues(analysis)) : null;
  } else if (sizeBy !== 'none' && detailed) {
    const values = new Map<ActorId, number>();
    for (const a of detailed.values()) {
      const v = a.customValues[sizeBy];
      if (typeof v === 'number') values.set(a.id, v);
    }
    // Actors without a value are drawn smallest.
    const scaled = scales(values);
    scale = new Map([...actors.keys()].map((id) => [id, scaled.get(id) ?? MIN_SCALE * 0.85]));
  }
  if (colourBy === 'community') {
    useActorEncoding.setState({ scale, colour: analysis ? communityColours(analysis) : null, colourField: null });
    return;
  }
  const colourField =
    colourBy === 'kind' ? null : (customFields.find((f) => f.id === colourBy && f.type === 'choice') ?? null);
  const colour =
    colourField && detailed
      ? new Map([...detailed.values()].map((a) => [a.id, choiceColour(colourField, a.customValues[colourField.id])]))
      : null;
  useActorEncoding.setState({ scale, colour, colourField });
}

useDocumentStore.subscribe(recompute);
useDetailsStore.subscribe(recompute);
useEncodingStore.subscribe(recompute);
useAnalysisStore.subscribe(recompute);
recompute();
