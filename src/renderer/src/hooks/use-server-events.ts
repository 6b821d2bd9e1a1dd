// Follows the main process: Electron's native menu commands, and maps it opened on its own.
import { useEffect } from 'react';
import { onServerEvent } from '../api/client';
import type { MenuCommand, ServerEvent } from '../../../shared/api';
import { useDocumentStore } from '../state/document-store';
import { redo, undo } from '../state/edits';
import { chooseCopyPath, chooseMapToOpen, chooseNewMap, loadCurrentMap } from '../state/map-actions';
import { openDialog, requestFitView, toggleInspector } from '../state/session-store';
import { openSearch } from '../state/search-store';
import { toggleTable } from '../state/view-store';
import { openImport } from '../import/import-store';

function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'new-map':
      return void chooseNewMap();
    case 'open-map':
      return void chooseMapToOpen();
    case 'save-copy-as':
      return void chooseCopyPath(useDocumentStore.getState().info?.name ?? 'Map');
    case 'save-share-copy':
      return openDialog('share-copy');
    case 'undo':
      return void undo();
    case 'redo':
      return void redo();
    case 'fit-view':
      return requestFitView();
    case 'find':
      return openSearch();
    case 'kinds-and-lists':
      return openDialog('taxonomy');
    case 'toggle-table':
      return toggleTable();
    case 'toggle-details':
      return toggleInspector();
    case 'export':
      return openDialog('export');
    case 'import':
      return openImport();
  }
}

function onEvent(event: ServerEvent): void {
  if (event.name === 'menu.command') runMenuCommand((event as ServerEvent<'menu.command'>).payload.command);
  else if (event.name === 'map.opened') void loadCurrentMap();
}

export function useServerEvents(): void {
  useEffect(() => onServerEvent(onEvent), []);
}
