// The import dialog's first step: choose a spreadsheet or a network file (or Gephi's two tables together), or drop them here.
import { useRef, useState, type DragEvent } from 'react';
import { readImportFile } from './import-store';

const ACCEPT = '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,.graphml,.gexf,.prsm,.json';

const readAll = (list: FileList | null | undefined) => {
  const [first, ...more] = [...(list ?? [])];
  if (first) void readImportFile(first, more);
};

export function FilePicker() {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    readAll(event.dataTransfer.files);
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
      <p className="import-drop__lead">
        Bring in a partner’s map: a Kumu, PRSM, Gephi or Onodo workbook, a contact list or a CSV, or a network file from
        Gephi, yEd, networkx, PRSM or Kumu.
      </p>
      <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
        Choose a file…
      </button>
      <p className="field__help">
        or drop it here. Excel (.xlsx, .xls), OpenDocument (.ods), .csv and .tsv; GraphML (.graphml), GEXF (.gexf), PRSM
        (.prsm) and Kumu (.json). For Gephi’s nodes and edges tables, choose or drop both files at once. Nothing changes
        in your map until you press Import.
      </p>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label="Spreadsheet to import"
        className="visually-hidden"
        multiple
        onChange={(event) => {
          const files = event.target.files ? [...event.target.files] : [];
          event.target.value = '';
          const [first, ...more] = files;
          if (first) void readImportFile(first, more);
        }}
      />
    </div>
  );
}
