// Types for check-bundle-size.mjs, so tests can import it.
export declare const BUDGET_KB: number;
export declare function startupScripts(html: string): string[];
export declare function checkBundle(
  rendererDir: string,
  budgetKb?: number,
): { sizes: { file: string; kb: number }[]; totalKb: number; budgetKb: number; ok: boolean };
