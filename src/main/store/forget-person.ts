// "Forget this person": takes an actor and their ties out of the map, out of every undo history entry and out of
// every snapshot, then rebuilds the file so no page (in the file or its WAL) still holds their old records.
// Not an undo step: keeping anything to undo it with would defeat it.
import type { Actor, ActorId, Tie } from '../../shared/domain';
import type { RecordSet } from './patch-types';
import { parseRecordSet } from './record-schemas';
import { ReportDraftTable } from './report-draft';
import type { Connection } from './sql-connection';

/** What a forgotten person's name becomes in history labels that would otherwise keep it ("Add actor “Ada”"). */
export const FORGOTTEN_NAME = 'someone forgotten';

const touches = (tie: Tie, id: ActorId) => tie.fromId === id || tie.toId === id;

function withoutPerson(set: RecordSet, id: ActorId, names: Set<string>): RecordSet {
  for (const actor of set.actors) if (actor.id === id && actor.name.trim() !== '') names.add(actor.name.trim());
  return { ...set, actors: set.actors.filter((a) => a.id !== id), ties: set.ties.filter((t) => !touches(t, id)) };
}

const isEmpty = (set: RecordSet) => Object.values(set).every((list: unknown[]) => list.length === 0);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name the person had (renames included), longest first, replaced whole in free text. */
function scrubber(names: ReadonlySet<string>): (text: string) => string {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'giu');
  return (text) => text.replace(pattern, FORGOTTEN_NAME);
}

interface HistoryRow {
  seq: number;
  label: string;
  before_json: string;
  after_json: string;
}

interface SnapshotRow {
  id: string;
  name: string;
  content_json: string;
}

export interface ForgetResult {
  historyEntriesChanged: number;
  snapshotsChanged: number;
}

/** Call inside a transaction; the caller deletes the live records and then rebuilds the file (see MapStore.forget). */
export function forgetInHistoryAndSnapshots(conn: Connection, actor: Actor): ForgetResult {
  const names = new Set<string>([actor.name.trim()].filter((n) => n !== ''));
  const history = conn.all<HistoryRow>('SELECT seq, label, before_json, after_json FROM history ORDER BY seq');
  const snapshots = conn.all<SnapshotRow>('SELECT id, name, content_json FROM snapshots');
  // First pass: collect every name the person had, so a label written before a rename loses the old name too.
  const parsedHistory = history.map((row) => {
    const before = parseRecordSet(row.before_json);
    const after = parseRecordSet(row.after_json);
    return {
      row,
      before: before && withoutPerson(before, actor.id, names),
      after: after && withoutPerson(after, actor.id, names),
    };
  });
  const parsedSnapshots = snapshots.map((row) => {
    const content = parseRecordSet(row.content_json);
    return { row, content: content && withoutPerson(content, actor.id, names) };
  });
  const scrub = scrubber(names);
  let historyEntriesChanged = 0;
  for (const { row, before, after } of parsedHistory) {
    // An entry Caremap cannot read is dropped rather than kept with the person possibly inside it.
    if (!before || !after || (isEmpty(before) && isEmpty(after))) {
      conn.run('DELETE FROM history WHERE seq = ?', row.seq);
      historyEntriesChanged++;
      continue;
    }
    const beforeJson = JSON.stringify(before);
    const afterJson = JSON.stringify(after);
    const label = scrub(row.label);
    if (beforeJson === row.before_json && afterJson === row.after_json && label === row.label) continue;
    conn.run(
      'UPDATE history SET label = ?, before_json = ?, after_json = ? WHERE seq = ?',
      label,
      beforeJson,
      afterJson,
      row.seq,
    );
    historyEntriesChanged++;
  }
  let snapshotsChanged = 0;
  for (const { row, content } of parsedSnapshots) {
    if (!content) {
      conn.run('DELETE FROM snapshots WHERE id = ?', row.id);
      snapshotsChanged++;
      continue;
    }
    const json = JSON.stringify(content);
    const name = scrub(row.name);
    if (json === row.content_json && name === row.name) continue;
    conn.run(
      'UPDATE snapshots SET name = ?, content_json = ?, actor_count = ?, tie_count = ? WHERE id = ?',
      name,
      json,
      content.actors.length,
      content.ties.length,
      row.id,
    );
    snapshotsChanged++;
  }
  // The edited report may name them too (a facilitator's own words): those names go the same way.
  new ReportDraftTable(conn).scrub(scrub);
  return { historyEntriesChanged, snapshotsChanged };
}
