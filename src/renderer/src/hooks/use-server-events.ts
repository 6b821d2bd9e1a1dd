// Follows the main process: Electron's native menu commands, maps it opened on its own, and the change stream.
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
import { onMapChanged, onMapSwitched, onStreamHello } from '../state/live-view';

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
  switch (event.name) {
    case 'menu.command':
      return runMenuCommand((event as ServerEvent<'menu.command'>).payload.command);
    case 'map.opened':
      return void loadCurrentMap();
    case 'map.changed':
      return onMapChanged((event as ServerEvent<'map.changed'>).payload);
    case 'map.switched':
      if (onMapSwitched((event as ServerEvent<'map.switched'>).payload) === 'follow') void loadCurrentMap();
      return;
    case 'stream.hello':
      return onStreamHello((event as ServerEvent<'stream.hello'>).payload);
  }
}

export function useServerEvents(): void {
  useEffect(() => onServerEvent(onEvent), []);
}
