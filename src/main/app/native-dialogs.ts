// Electron's native file dialogs for choosing a map to open or where a new map or copy goes.
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';

const MAP_FILTERS = [{ name: 'Caremap maps', extensions: ['caremap'] }];

export function nativeDialogs(getWindow: () => BrowserWindow | null, mapsFolder: string) {
  return {
    async chooseMapToOpen(): Promise<string | null> {
      const window = getWindow();
      const options = {
        title: 'Open a map',
        defaultPath: mapsFolder,
        filters: MAP_FILTERS,
        properties: ['openFile' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseNewMapPath(suggestedName?: string): Promise<string | null> {
      const window = getWindow();
      const name = (suggestedName ?? 'New map').replace(/[\\/:*?"<>|]/g, ' ').trim() || 'New map';
      // Linux's dialog does not ask before replacing unless told to; "Save a copy as" relies on it asking.
      const options = {
        title: 'Save the map as',
        defaultPath: join(mapsFolder, `${name}.caremap`),
        filters: MAP_FILTERS,
        properties: ['showOverwriteConfirmation' as const],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith('.caremap') ? result.filePath : `${result.filePath}.caremap`;
    },
    async chooseSavePath(suggestedName: string, filterName: string, extensions: string[]): Promise<string | null> {
      const window = getWindow();
      const options = {
        title: 'Save as',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: filterName, extensions }],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const extension = extensions[0] ?? '';
      return extensions.some((e) => result.filePath.toLowerCase().endsWith(`.${e}`))
        ? result.filePath
        : `${result.filePath}.${extension}`;
    },
  };
}
