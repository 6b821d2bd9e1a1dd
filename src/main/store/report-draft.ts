// The map's edited report (one row at most). Not an undo step, like the guided session's prompts: the report is
// written about the map, not part of it, and undoing a move must not take away an evening's writing.
import { z } from 'zod';
import { REPORT_SECTION_IDS, type SectionDraft, type StoredReport } from '../../shared/report-draft';
import type { Connection } from './sql-connection';

interface DbReportDraft {
  sections_json: string;
  figures_json: string;
  saved_at: string;
}

const storedSections = z.array(z.object({ id: z.enum(REPORT_SECTION_IDS), heading: z.string(), text: z.string() }));

export class ReportDraftTable {
  constructor(private readonly conn: Connection) {}

  /** The kept report; null when there is none, or when what is stored cannot be read (then it is written afresh). */
  get(): StoredReport | null {
    const row = this.conn.get<DbReportDraft>(
      'SELECT sections_json, figures_json, saved_at FROM report_draft WHERE id = 1',
    );
    if (!row) return null;
    let sections: SectionDraft[];
    try {
      sections = storedSections.parse(JSON.parse(row.sections_json));
    } catch {
      return null;
    }
    return { sections, figures: row.figures_json, savedAt: row.saved_at };
  }

  /** Without `figures`, the stored figures stay (none stored yet: '' , which reads as out of date). */
  set(sections: readonly SectionDraft[], givenFigures?: string, now: Date = new Date()): StoredReport {
    const savedAt = now.toISOString();
    const figures =
      givenFigures ??
      this.conn.get<{ figures_json: string }>('SELECT figures_json FROM report_draft WHERE id = 1')?.figures_json ??
      '';
    this.conn.run(
      `INSERT INTO report_draft (id, sections_json, figures_json, saved_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET sections_json = excluded.sections_json, figures_json = excluded.figures_json, saved_at = excluded.saved_at`,
      JSON.stringify(sections),
      figures,
      savedAt,
    );
    return { sections: [...sections], figures, savedAt };
  }

  clear(): void {
    this.conn.run('DELETE FROM report_draft WHERE id = 1');
  }

  /** Forget this person: their names go from the words; the figures (which hold their id) go, so the report reads as out of date. */
  scrub(scrub: (text: string) => string): boolean {
    const kept = this.get();
    if (!kept) return false;
    const sections = kept.sections.map((s) => ({ ...s, heading: scrub(s.heading), text: scrub(s.text) }));
    this.set(sections, '');
    return true;
  }
}
