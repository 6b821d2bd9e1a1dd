// Dropping a spreadsheet anywhere on the window opens the import dialog with it (palette drags carry no files).
import { useEffect } from 'react';
import { useSessionStore } from '../state/session-store';
import { openImport } from './import-store';

const hasFiles = (event: DragEvent) => !!event.dataTransfer && [...event.dataTransfer.types].includes('Files');

export function useFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file itself, leaving Caremap.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0 || useSessionStore.getState().phase !== 'ready') return;
      if (useSessionStore.getState().dialog === 'import') return; // the dialog's own drop area takes it
      openImport(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
