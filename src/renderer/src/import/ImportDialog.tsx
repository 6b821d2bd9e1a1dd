// File ▸ Import…: choose or drop a spreadsheet, check sheets, columns and kinds against a live preview, then import
// it as one undo step. Reading and importing run in main; this dialog shows what it is waiting for.
import { useEffect } from 'react';
import { Modal } from '../dialogs/Modal';
import { ColumnMapping } from './ColumnMapping';
import { FilePicker } from './FilePicker';
import { closeImport, commitImport, readImportFile, useImportStore } from './import-store';
import { KindMapping } from './KindMapping';
import { nothingToImport, PreviewSummary } from './PreviewSummary';
import { SheetChoices } from './SheetChoices';
import { TieTypeMapping } from './TieTypeMapping';
import { LAYOUT_WORDS } from './words';
import '../styles/import.css';

function Busy({ text }: { text: string }) {
  return (
    <div className="import-busy" role="status" aria-live="polite">
      <span className="import-busy__spinner" aria-hidden="true" />
      <p>{text}</p>
      <p className="field__help">Caremap is working on it; your map stays as it is until this finishes.</p>
    </div>
  );
}

export function ImportDialog() {
  const { phase, busyText, preview, error, pending } = useImportStore();
  useEffect(() => {
    if (pending) void readImportFile(pending[0]!, pending.slice(1));
  }, [pending]);
  const busy = phase === 'reading' || phase === 'committing';
  return (
    <Modal
      title={preview ? `Import “${preview.fileName}”` : 'Import a spreadsheet'}
      onClose={() => !busy && closeImport()}
      className="modal--wide import"
    >
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      {phase === 'choose' && <FilePicker />}
      {busy && <Busy text={busyText} />}
      {phase === 'ready' && preview && (
        <>
          <div className="modal__section">
            <p className="import-layout">{LAYOUT_WORDS[preview.layout]}</p>
            <SheetChoices preview={preview} />
          </div>
          <div className="modal__section import-mapping">
            <ColumnMapping preview={preview} role="actors" />
            <KindMapping preview={preview} />
            <ColumnMapping preview={preview} role="ties" />
            <TieTypeMapping preview={preview} />
          </div>
          <div className="modal__section">
            <PreviewSummary preview={preview} />
          </div>
          <div className="import-foot">
            <p className="field__help">The whole import is one step: Undo takes it all back.</p>
            <button type="button" className="button" onClick={closeImport}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={nothingToImport(preview)}
              onClick={() => void commitImport()}
            >
              Import
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
