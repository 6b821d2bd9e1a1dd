// The "Analysis & Overview" report: each section's words written from the map, editable before saving as a web page,
// a PDF or Markdown. Changes are kept in the map file, until "Write again from the map".
import { useState } from 'react';
import { Modal } from '../dialogs/Modal';
import { describeError } from '../state/describe-error';
import { useDocumentStore } from '../state/document-store';
import { useAnalysisStore } from '../state/analysis-store';
import { exportReport, type ReportFormat } from './report-export';
import {
  closeReport,
  draftsToSections,
  editSection,
  regenerateReport,
  useReportDrafts,
  useReportStore,
} from './report-store';
import '../styles/report.css';

const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: 'html', label: 'Save as a web page (HTML)' },
  { format: 'pdf', label: 'Save as PDF' },
  { format: 'md', label: 'Save as Markdown' },
];

function Regenerate({ edited }: { edited: boolean }) {
  const [asking, setAsking] = useState(false);
  const ready = useAnalysisStore((s) => s.analysis !== null && !s.running);
  if (asking)
    return (
      <div className="report__confirm" role="group" aria-label="Write again from the map">
        <span>This replaces your changes with fresh words from the map as it is now.</span>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => (regenerateReport(), setAsking(false))}
        >
          Replace my changes
        </button>
        <button type="button" className="button button--small" onClick={() => setAsking(false)}>
          Keep them
        </button>
      </div>
    );
  return (
    <button
      type="button"
      className="button button--small"
      disabled={!ready}
      onClick={() => (edited ? setAsking(true) : regenerateReport())}
    >
      {ready ? 'Write again from the map' : 'Working out the figures…'}
    </button>
  );
}

export function ReportDialog() {
  const open = useReportStore((s) => s.open);
  const mapName = useDocumentStore((s) => s.info?.name ?? 'Map');
  const { drafts, edited, outOfDate } = useReportDrafts();
  const keepError = useReportStore((s) => s.keepError);
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [asOnCanvas, setAsOnCanvas] = useState(false);
  const [anonymise, setAnonymise] = useState(false);
  if (!open) return null;

  const save = async (format: ReportFormat) => {
    if (!drafts) return;
    setBusy(format);
    setOutcome(null);
    try {
      const saved = await exportReport(format, draftsToSections(drafts), mapName, { asOnCanvas, anonymise });
      const keepTogether =
        format === 'md' && saved.length > 1
          ? ' Keep the picture in the same folder as the text: the text shows it by its name.'
          : '';
      setOutcome(saved.length > 0 ? { ok: true, message: `Saved ${saved.join(' and ')}.${keepTogether}` } : null);
    } catch (error) {
      setOutcome({ ok: false, message: `The report was not saved: ${describeError(error)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal title="Analysis & Overview report" onClose={closeReport} className="modal--wide report">
      <div className="report__intro">
        <p>
          Written from the map’s figures. Change any words before you save: your changes are kept in the map file, so
          you can come back to them another day. Lines starting with “- ” become bullet points, shown after the
          paragraphs. The saved report includes a picture of the whole map.
        </p>
        <Regenerate edited={edited} />
      </div>
      {outOfDate && (
        <p className="report__stale" role="note">
          The map has changed since these words were written. Press “Write again from the map” to bring the figures up
          to date (it replaces your changes).
        </p>
      )}
      {keepError && (
        <p className="report__error" role="alert">
          {keepError}
        </p>
      )}
      {!drafts ? (
        <p className="report__waiting">Working out the figures… the report appears here in a moment.</p>
      ) : (
        <ol className="report__sections">
          {drafts.map((draft, i) => (
            <li key={draft.id} className="report__section">
              <input
                className="report__heading"
                type="text"
                value={draft.heading}
                aria-label={`Heading of section ${i + 1}`}
                onChange={(e) => editSection(i, { heading: e.target.value })}
              />
              <textarea
                className="report__text"
                value={draft.text}
                aria-label={draft.heading || `Section ${i + 1}`}
                rows={Math.min(14, Math.max(3, Math.ceil(draft.text.length / 90) + draft.text.split('\n').length))}
                onChange={(e) => editSection(i, { text: e.target.value })}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="report__actions">
        <label className="report__option">
          <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
          Leave out people’s names: in the saved report and its picture they become “Person 1”, “Person 2”…;
          organisations keep theirs
        </label>
        <label className="report__option">
          <input type="checkbox" checked={asOnCanvas} onChange={(e) => setAsOnCanvas(e.target.checked)} />
          Picture the map as the canvas shows it now (filter, focus, size and colour); otherwise every actor in its
          kind’s colour
        </label>
        {outcome && (
          <p className={outcome.ok ? 'report__saved' : 'report__error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        )}
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button--primary"
            disabled={!drafts || busy !== null}
            onClick={() => void save(format)}
          >
            {busy === format ? 'Saving…' : label}
          </button>
        ))}
      </div>
    </Modal>
  );
}
