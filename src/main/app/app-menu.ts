// The native menu: File (new, open, recent, save a copy), Edit (undo, redo), View; commands go to the renderer.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC_EVENT_CHANNEL, type MenuCommand, type ServerEvent } from '../../shared/api';
import type { RecentMap } from '../../shared/domain';

export interface MenuActions {
  recent(): RecentMap[];
  openRecent(path: string): void;
}

export function sendToRenderer(window: BrowserWindow | null, event: ServerEvent): void {
  window?.webContents.send(IPC_EVENT_CHANNEL, event);
}

export function buildAppMenu(getWindow: () => BrowserWindow | null, actions: MenuActions): Menu {
  const command = (name: MenuCommand) => () =>
    sendToRenderer(getWindow(), { name: 'menu.command', payload: { command: name } });
  const recent = actions.recent();
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New map…', accelerator: 'CmdOrCtrl+N', click: command('new-map') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: command('open-map') },
        {
          label: 'Open recent',
          submenu: recent.length
            ? recent.map((map) => ({ label: `${map.name} — ${map.path}`, click: () => actions.openRecent(map.path) }))
            : [{ label: 'No recent maps', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Import a spreadsheet…', click: command('import') },
        { label: 'Save a copy as…', accelerator: 'CmdOrCtrl+Shift+S', click: command('save-copy-as') },
        { label: 'Save a copy to share…', click: command('save-share-copy') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command('export') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: 'Quit Caremap' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo goes through the renderer so it applies what the store changed; text fields keep their own undo.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command('undo'), registerAccelerator: false },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: command('redo'), registerAccelerator: false },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        // Ctrl+F is the renderer's own shortcut; the menu shows it without taking it from text fields.
        { label: 'Find an actor…', accelerator: 'CmdOrCtrl+F', click: command('find'), registerAccelerator: false },
        { label: 'Kinds & lists…', click: command('kinds-and-lists') },
      ],
    },
    {
      label: 'View',
      submenu: [
        {
          label: 'Fit map to window',
          accelerator: 'CmdOrCtrl+0',
          click: command('fit-view'),
          registerAccelerator: false,
        },
        { label: 'Show or hide the table', click: command('toggle-table') },
        { label: 'Show or hide details', click: command('toggle-details') },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
