// Files read for import, kept in main by id while the dialog is open, so their bytes cross from the renderer once.
import { randomUUID } from 'node:crypto';
import { CaremapError } from '../../shared/errors';
import type { RawWorkbook } from '../../shared/import';

/** A facilitator has one import dialog open; a few more cover a second window or a retried read. */
const KEPT = 4;

export class ImportFiles {
  private readonly files = new Map<string, RawWorkbook>();

  add(workbook: RawWorkbook): string {
    const id = randomUUID();
    this.files.set(id, workbook);
    while (this.files.size > KEPT) this.files.delete(this.files.keys().next().value!);
    return id;
  }

  require(id: string): RawWorkbook {
    const workbook = this.files.get(id);
    if (!workbook) throw new CaremapError('not-found', 'The file to import is no longer open. Choose it again.');
    return workbook;
  }

  discard(id: string): void {
    this.files.delete(id);
  }
}
