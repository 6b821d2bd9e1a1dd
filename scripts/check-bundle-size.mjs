// After `npm run build`: fails when the window's start-up JavaScript (the entry chunk and the chunks it preloads)
// grows past its budget, so a heavy import (graphology, xlsx, pdf-lib) cannot slip into start-up unnoticed.
// Work that is not needed at start-up belongs in a worker or behind import().
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Kilobytes (1,024 bytes) of minified JavaScript: 702 KB measured on 2026-12-06, plus room for a few features. Raise it deliberately, with a reason. */
export const BUDGET_KB = Number(process.env.CAREMAP_BUNDLE_BUDGET_KB ?? 760);

/** The script and module-preload files an index.html loads before the app runs. */
export function startupScripts(html) {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set([...srcs, ...preloads])];
}

export function checkBundle(rendererDir, budgetKb = BUDGET_KB) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const files = startupScripts(html);
  if (files.length === 0)
    throw new Error(`No script found in ${join(rendererDir, 'index.html')}; run npm run build first.`);
  const sizes = files.map((f) => ({ file: f, kb: statSync(join(rendererDir, f)).size / 1024 }));
  const totalKb = sizes.reduce((sum, s) => sum + s.kb, 0);
  return { sizes, totalKb, budgetKb, ok: totalKb <= budgetKb };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '..', 'out', 'renderer');
  let result;
  try {
    result = checkBundle(dir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  for (const s of result.sizes) console.log(`${s.kb.toFixed(1).padStart(8)} KB  ${s.file}`);
  console.log(`${result.totalKb.toFixed(1).padStart(8)} KB  at start-up (budget ${result.budgetKb} KB)`);
  if (!result.ok) {
    console.error(
      `The window's start-up JavaScript is ${result.totalKb.toFixed(0)} KB, over its ${result.budgetKb} KB budget. ` +
        'Move what start-up does not need into a worker or behind import(), or raise BUDGET_KB in scripts/check-bundle-size.mjs with a reason.',
    );
    process.exit(1);
  }
}
