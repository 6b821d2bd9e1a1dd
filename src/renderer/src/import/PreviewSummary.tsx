// What the import will do, in counts, and every problem with its sheet, row and column and what happens to it.
import type { ImportPreview, ImportProblem } from '../../../shared/import/import-types';
import { changeChoices } from './import-store';
import { OUTCOME_WORDS } from './words';

const n = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export function nothingToImport(preview: ImportPreview): boolean {
  const c = preview.counts;
  return c.actorsAdded + c.actorsUpdated + c.tiesAdded + c.tiesUpdated === 0;
}

/** A duplicate row's disagreeing value: the first row's is kept unless the facilitator ticks to take this one. */
function TakeOther({ problem, preferLater }: { problem: ImportProblem; preferLater: readonly string[] }) {
  const choice = problem.choice!;
  const toggle = (take: boolean) =>
    void changeChoices({
      preferLater: take ? [...preferLater, choice.key] : preferLater.filter((k) => k !== choice.key),
    });
  return (
    <label className="import-take-other">
      <input type="checkbox" checked={choice.taken} onChange={(e) => toggle(e.target.checked)} /> Use row {problem.row}
      ’s instead
    </label>
  );
}

export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const c = preview.counts;
  const extras = [
    c.newKinds && n(c.newKinds, 'new kind'),
    c.newTieTypes && n(c.newTieTypes, 'new tie type'),
    c.newFields && n(c.newFields, 'new field'),
    c.newCareOffers && n(c.newCareOffers, 'new care offer'),
  ].filter(Boolean);
  return (
    <section className="import-preview" aria-label="What will change">
      <ul className="import-counts" aria-live="polite">
        <li>
          <strong>{c.actorsAdded.toLocaleString('en-GB')}</strong> actors added
        </li>
        <li>
          <strong>{c.actorsUpdated.toLocaleString('en-GB')}</strong> updated
        </li>
        <li>
          <strong>{c.tiesAdded.toLocaleString('en-GB')}</strong> ties added
        </li>
        {c.tiesUpdated > 0 && (
          <li>
            <strong>{c.tiesUpdated.toLocaleString('en-GB')}</strong> ties updated
          </li>
        )}
      </ul>
      {extras.length > 0 && <p className="field__help">Also added to the map’s lists: {extras.join(', ')}.</p>}
      {preview.updates && preview.updates.length > 0 && (
        <details className="import-updates" open={preview.updates.length <= 10}>
          <summary>{n(preview.updates.length, 'actor')} already on the map will change — what changes for each</summary>
          <ul aria-label="Actors that will change">
            {preview.updates.map((u, i) => (
              <li key={i}>
                <strong>{u.name}</strong>: {u.changes.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {c.blankRows > 0 && (
        <p className="field__help import-blank-rows">
          {n(c.blankRows, 'blank row')} between the filled rows {c.blankRows === 1 ? 'is' : 'are'} skipped.
        </p>
      )}
      {nothingToImport(preview) && (
        <p className="import-nothing">
          Nothing would change. Check the sheets and columns above, or the problems below.
        </p>
      )}
      {preview.problemCount > 0 && (
        <details className="import-problems" open={preview.problemCount <= 20}>
          <summary>{n(preview.problemCount, 'problem')} found — each says what will happen</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Sheet</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
                <th scope="col">Then</th>
              </tr>
            </thead>
            <tbody>
              {preview.problems.map((p, i) => (
                <tr key={i}>
                  <td>{p.sheet}</td>
                  <td>{p.row}</td>
                  <td>{p.column || '—'}</td>
                  <td>{p.message}</td>
                  <td>
                    {p.choice ? (
                      <TakeOther problem={p} preferLater={preview.choices.preferLater} />
                    ) : (
                      OUTCOME_WORDS[p.outcome]
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.problemCount > preview.problems.length && (
            <p className="field__help">The first {preview.problems.length.toLocaleString('en-GB')} are listed.</p>
          )}
        </details>
      )}
    </section>
  );
}
