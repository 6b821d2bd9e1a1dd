// Page-side probes for the canvas bench, as plain JavaScript source: tsx's compiled functions would carry
// helpers (__name) that do not exist in the page.

/** Installed before the page loads: records performance.now() at the first frame showing `expected` actors. */
export function readyProbe(expected: number): string {
  return `(() => {
    const check = () => {
      if (document.querySelectorAll('.react-flow__node').length >= ${Number(expected)}) window.__caremapReadyAt = performance.now();
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
