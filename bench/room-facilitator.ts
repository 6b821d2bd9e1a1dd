// The facilitator's side of the room bench: a page in headless Chromium that drags one actor to and fro for as long as
// asked, with its frames recorded, and a clock noting when its document (the status bar's counts) shows each total.
import type { Page } from '@playwright/test';
import { START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './frame-probe';

/**
 * Installed before the page loads: for each total of actors + ties the status bar shows, the wall-clock time of the
 * frame that painted it. Participants only add, so the total only grows and edit k is shown once the total reaches
 * the count it makes. Plain JavaScript source (tsx's compiled functions carry helpers the page lacks).
 */
export const TOTAL_CLOCK = `window.__totalShownAt = [];
(() => {
  const watch = () => {
    const facts = document.querySelector('.status-bar__facts');
    if (!facts) return requestAnimationFrame(watch);
    let last = -1;
    const seen = () => {
      const m = /^(\\d+) actors? · (\\d+) ties?/.exec(facts.textContent || '');
      if (!m) return;
      const total = Number(m[1]) + Number(m[2]);
      if (total === last) return;
      last = total;
      requestAnimationFrame(() => window.__totalShownAt.push([total, performance.timeOrigin + performance.now()]));
    };
    new MutationObserver(seen).observe(facts, { subtree: true, childList: true, characterData: true });
    seen();
  };
  watch();
})();`;

export async function shownTotals(page: Page): Promise<[number, number][]> {
  return page.evaluate<[number, number][]>('window.__totalShownAt');
}

export async function statusCounts(page: Page): Promise<{ actors: number; ties: number }> {
  const text = (await page.locator('.status-bar__facts').textContent()) ?? '';
  const m = /^(\d+) actors? · (\d+) ties?/.exec(text);
  if (!m) throw new Error(`The status bar says “${text}”, not a count of actors and ties`);
  return { actors: Number(m[1]), ties: Number(m[2]) };
}

/** Strokes of this many pointer moves; each ends with the button released, so each is one saved move. */
const STEPS_PER_STROKE = 40;

/**
 * Drags the actor named `name` to and fro (out 160 px, back again, wiggling on the way so every step redraws) until
 * `until()` is true; answers the frame times recorded meanwhile and the number of strokes.
 */
export async function dragWhile(
  page: Page,
  name: string,
  until: () => boolean,
): Promise<{ frames: number[]; strokes: number }> {
  const actor = page.getByRole('group', { name, exact: true });
  await page.evaluate(START_FRAME_RECORDER);
  let strokes = 0;
  while (!until()) {
    const box = await actor.boundingBox();
    if (!box) throw new Error(`The facilitator's actor “${name}” is not on screen`);
    const from = { x: box.x + box.width / 2, y: box.y + box.height * 0.3 };
    const way = strokes % 2 === 0 ? 1 : -1;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= STEPS_PER_STROKE; i++) {
      const wiggle = i === STEPS_PER_STROKE ? 0 : ((i % 8) - 4) * 3; // ends level, so strokes do not drift
      await page.mouse.move(from.x + way * 4 * i, from.y + wiggle);
    }
    await page.mouse.up();
    strokes++;
  }
  const frames = await page.evaluate<number[]>(STOP_FRAME_RECORDER);
  return { frames, strokes };
}
