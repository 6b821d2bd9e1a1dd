// Files read for import, kept in main by id while the dialog is open, so their bytes cross from the renderer once;
// with the last plan made for each, so a commit with the choices just previewed, on an unchanged map, plans once.
import { randomUUID } from 'node:crypto';
import { CaremapError } from '../../shared/errors';
import type { ImportPlan, RawWorkbook } from '../../shared/import';

/** A facilitator has one import dialog open; a few more cover a second window or a retried read. */
const KEPT = 4;

interface ImportFile {
  workbook: RawWorkbook;
  /** Key (the choices, and the map's path and change count when planned) → plan; the last plan only, under two keys. */
  plans: Map<string, ImportPlan>;
}

export class ImportFiles {
  private readonly files = new Map<string, ImportFile>();

  add(workbook: RawWorkbook): string {
    const id = randomUUID();
    this.files.set(id, { workbook, plans: new Map() });
    while (this.files.size > KEPT) this.files.delete(this.files.keys().next().value!);
    return id;
  }

  require(id: string): RawWorkbook {
    return this.entry(id).workbook;
  }

  cachedPlan(id: string, key: string): ImportPlan | null {
    return this.entry(id).plans.get(key) ?? null;
  }

  rememberPlan(id: string, key: string, plan: ImportPlan): void {
    const { plans } = this.entry(id);
    if (![...plans.values()].includes(plan)) plans.clear();
    plans.set(key, plan);
  }

  discard(id: string): void {
    this.files.delete(id);
  }

  private entry(id: string): ImportFile {
    const file = this.files.get(id);
    if (!file) throw new CaremapError('not-found', 'The file to import is no longer open. Choose it again.');
    return file;
  }
}
