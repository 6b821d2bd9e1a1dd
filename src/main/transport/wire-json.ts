// API answers as JSON text for HTTP. The packed canvas that map.current, map.open and map.new answer (4 MB of text
// at 20,000 actors, 11 MB at 50,000) is the same object while the map is unchanged (api/canvas-payload-cache.ts),
// so its text is made once per object and spliced into each answer: no 15–60 ms of JSON.stringify per window,
// reload or room device, and none at all on the first render when it was made while the page loaded.
import type { WireResult } from '../../shared/api';

/** The operations whose answer carries the packed canvas. */
const CANVAS_ANSWERS = new Set(['map.current', 'map.open', 'map.new']);
const canvasTexts = new WeakMap<object, string>();

function packedCanvasOf(value: unknown): object | null {
  if (typeof value !== 'object' || value === null || !('canvas' in value)) return null;
  const canvas: unknown = value.canvas;
  return typeof canvas === 'object' && canvas !== null ? canvas : null;
}

function canvasText(canvas: object): string {
  let text = canvasTexts.get(canvas);
  if (text === undefined) {
    text = JSON.stringify(canvas);
    canvasTexts.set(canvas, text);
  }
  return text;
}

/** Makes the canvas's text ahead of the first answer (the value map.current answered, or null). */
export function warmCanvasText(value: unknown): void {
  const canvas = packedCanvasOf(value);
  if (canvas) canvasText(canvas);
}

/** `result` as JSON: the same text as JSON.stringify, but with the packed canvas's text reused, and put last. */
export function wireJson(operation: string, result: WireResult<unknown>): string {
  const canvas = result.ok && CANVAS_ANSWERS.has(operation) ? packedCanvasOf(result.value) : null;
  if (!result.ok || !canvas) return JSON.stringify(result);
  const { canvas: _canvas, ...rest } = result.value as Record<string, unknown>;
  const head = JSON.stringify(rest);
  const comma = head === '{}' ? '' : ',';
  return `{"ok":true,"value":${head.slice(0, -1)}${comma}"canvas":${canvasText(canvas)}}}`;
}
