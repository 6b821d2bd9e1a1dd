// File ▸ Export…: choose a format and its options, anonymise if needed, and export; progress and errors in words.
import { useMemo, useState, type FormEvent } from 'react';
import { Modal } from '../dialogs/Modal';
import { useDocumentStore } from '../state/document-store';
import { describeError } from '../state/describe-error';
import { announce } from '../state/session-store';
import { FORMAT_CHOICES, isPicture, type ExportFormat, type PictureChoices } from './export-choices';
import { currentMapPicture } from './map-image';
import { useAllDetails } from '../state/use-details';
import { AnonymiseChoice } from './AnonymiseChoice';
import { PictureOptions } from './PictureOptions';
import { pictureOptions, runExport } from './run-export';
import '../styles/export.css';
import { inBackground } from '../state/in-background';

type Progress =
  { state: 'idle' } | { state: 'busy' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

function fileList(paths: string[]): string {
  return paths.map((p) => p.split(/[\\/]/).pop() ?? p).join(' and ');
}

export function ExportDialog({ onClose }: { onClose(): void }) {
  const mapName = useDocumentStore((s) => s.info?.name ?? 'Map');
  const actorCount = useDocumentStore((s) => s.actors.size);
  const [format, setFormat] = useState<ExportFormat>('png');
  const [anonymise, setAnonymise] = useState(false);
  const [picture, setPicture] = useState<PictureChoices>({
    scope: 'whole',
    scale: 2,
    background: 'white',
    withTitle: true,
    title: mapName,
    withDate: true,
    legend: true,
  });
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const request = { format, anonymise, mapName, picture };

  // The picture's size at 1×, to say how many pixels each scale gives; only its layout matters here. The picture is
  // drawn from every record whole, so the details are fetched while the dialog is open for a PNG.
  const ready = useAllDetails(format === 'png', 'both');
  const size = useMemo(() => {
    if (format !== 'png') return null;
    try {
      const p = currentMapPicture(pictureOptions({ ...request, picture }));
      return p ? { width: p.width, height: p.height } : null;
    } catch {
      return null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [format, picture.scope, picture.legend, picture.withTitle, picture.withDate, anonymise, ready]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProgress({ state: 'busy' });
    try {
      const outcome = await runExport(request);
      if (outcome.saved.length === 0) {
        setProgress({ state: 'idle' });
        return;
      }
      const message = `Exported ${fileList(outcome.saved)}.`;
      announce(message);
      setProgress({
        state: 'done',
        message: outcome.cancelled ? `${message} The rest was not saved: you cancelled.` : message,
      });
    } catch (error) {
      // Save and picture errors already say what went wrong and what to do, in a facilitator's words.
      setProgress({
        state: 'failed',
        message: error instanceof Error && error.message ? error.message : describeError(error),
      });
    }
  };

  const busy = progress.state === 'busy';
  return (
    <Modal title="Export the map" onClose={onClose} className="modal--export">
      <form className="modal__form export" onSubmit={inBackground(submit)} aria-busy={busy}>
        <div className="export__body">
          <fieldset className="export__group export__formats">
            <legend>Format</legend>
            {FORMAT_CHOICES.map((choice) => (
              <label key={choice.format} className="export__format">
                <input
                  type="radio"
                  name="export-format"
                  value={choice.format}
                  checked={format === choice.format}
                  onChange={() => {
                    setFormat(choice.format);
                    setProgress({ state: 'idle' });
                  }}
                />
                <span>
                  <span className="export__format-label">{choice.label}</span>
                  <span className="export__format-help">{choice.help}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="export__options">
            {isPicture(format) && (
              <PictureOptions value={picture} showScale={format === 'png'} size={size} onChange={setPicture} />
            )}
            <AnonymiseChoice checked={anonymise} onChange={setAnonymise} />
          </div>
        </div>
        <p
          className={progress.state === 'failed' ? 'field__error' : 'field__help'}
          role={progress.state === 'failed' ? 'alert' : 'status'}
        >
          {progress.state === 'busy' &&
            (actorCount > 1000 ? 'Exporting… a big map takes a few seconds.' : 'Exporting…')}
          {(progress.state === 'done' || progress.state === 'failed') && progress.message}
        </p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {progress.state === 'done' ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
