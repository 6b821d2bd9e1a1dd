// The guided session's prompts as this map's facilitator rewrote them, kept in the map so they travel with it.
// Not undo steps: a prompt is how the session is run, not what the map holds.
import type { Connection } from './sql-connection';

export class SessionPromptTable {
  constructor(private readonly conn: Connection) {}

  /** Step key → the facilitator's text; steps not listed use Caremap's default prompt. */
  all(): Record<string, string> {
    const rows = this.conn.all<{ step: string; text: string }>('SELECT step, text FROM session_prompts ORDER BY step');
    return Object.fromEntries(rows.map((r) => [r.step, r.text]));
  }

  /** An empty text puts the default back. */
  set(step: string, text: string): void {
    if (text === '') this.conn.run('DELETE FROM session_prompts WHERE step = ?', step);
    else
      this.conn.run(
        'INSERT INTO session_prompts (step, text) VALUES (?, ?) ON CONFLICT (step) DO UPDATE SET text = excluded.text',
        step,
        text,
      );
  }
}
