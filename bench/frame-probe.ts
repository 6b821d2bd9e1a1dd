// Page-side probes for the canvas bench, as plain JavaScript source: tsx's compiled functions would carry
// helpers (__name) that do not exist in the page.

/** Installed before the page loads: records performance.now() at the first frame showing `expected` actors. */
export function readyProbe(expected: number): string {
  return `(() => {
    const check = () => {
      // Zoomed out, a big map draws its actors on one canvas (see canvas/lod.ts) rather than as elements.
      const far = document.querySelector('canvas.far-layer');
      const drawn = far ? Number(far.dataset.drawnActors) : document.querySelectorAll('.react-flow__node').length;
      if (drawn >= ${Number(expected)}) window.__caremapReadyAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`;
}

/** Starts recording the time between animation frames. */
export const START_FRAME_RECORDER = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Stops recording; the first delta spans from the start to the first frame, so it is dropped. */
export const STOP_FRAME_RECORDER = `(() => { window.__recording = false; return window.__frames.slice(1); })()`;

export const READY_AT = `window.__caremapReadyAt`;

/** Screen position of the actor in the middle of the map: its map position through the viewport's transform. */
export const MIDDLE_ACTOR_ON_SCREEN = `(async () => {
  const token = sessionStorage.getItem('caremap.token');
  const response = await fetch('/api/map.current', {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': token }, body: '{}',
  });
  // map.current answers the slim records packed in columns (shared/canvas-pack.ts).
  const c = (await response.json()).value.canvas;
  const i = Math.floor(c.actorIds.length / 2);
  const actor = { id: c.actorIds[i], x: c.x[i], y: c.y[i] };
  const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
  const r = document.querySelector('.react-flow').getBoundingClientRect();
  return { id: actor.id, x: r.left + m.e + actor.x * m.a, y: r.top + m.f + actor.y * m.d };
})()`;
