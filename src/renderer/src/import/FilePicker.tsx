// The import dialog's first step: choose a spreadsheet, or drop one here.
import { useRef, useState, type DragEvent } from 'react';
import { readImportFile } from './import-store';

const ACCEPT = '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt';

export function FilePicker() {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void readImportFile(file);
  };
  return (
    <div
      className={over ? 'import-drop import-drop--over' : 'import-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        event.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="import-drop__lead">Bring in a partner’s spreadsheet: a Kumu, PRSM, Gephi or Onodo workbook, a contact list, or a CSV.</p>
      <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
        Choose a file…
      </button>
      <p className="field__help">or drop it here. Excel (.xlsx, .xls), OpenDocument (.ods), .csv and .tsv. Nothing changes in your map until you press Import.</p>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label="Spreadsheet to import"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readImportFile(file);
        }}
      />
    </div>
  );
}
