// Page-side probes for the filter and search bench, as plain JavaScript source (tsx's compiled functions would
// carry __name helpers that do not exist in the page). Each returns the milliseconds from the UI action to the
// first animation frame after the zoomed-out layer has redrawn with a new count of actors drawn in full.

/** Waits for the far layer's data-full-actors to change from `before`, then for one more frame (the paint). */
const UNTIL_REDRAWN = `
  const far = document.querySelector('canvas.far-layer');
  const until = (before, t0) => new Promise((resolve) => {
    const check = () => {
      if (far.dataset.fullActors !== before) requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(check);
    };
    check();
  });`;

/** Clicks the check box of the `index`th kind in the open filter panel. */
export function toggleKindProbe(index: number): string {
  return `(async () => {
    ${UNTIL_REDRAWN}
    const group = [...document.querySelectorAll('.filter-panel__group')].find((g) => g.querySelector('legend')?.textContent === 'Kind');
    const box = group.querySelectorAll('input[type=checkbox]')[${Number(index)}];
    const before = far.dataset.fullActors;
    const t0 = performance.now();
    box.click();
    return until(before, t0);
  })()`;
}

/** Types `text` into the open search box the way React sees typing: the native value setter, then an input event. */
export function typeSearchProbe(text: string): string {
  return `(async () => {
    ${UNTIL_REDRAWN}
    const input = document.querySelector('input[aria-label="Search actors"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const before = far.dataset.fullActors;
    const t0 = performance.now();
    setValue.call(input, ${JSON.stringify(text)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return until(before, t0);
  })()`;
}

export const FULL_ACTORS = `Number(document.querySelector('canvas.far-layer')?.dataset.fullActors ?? -1)`;
