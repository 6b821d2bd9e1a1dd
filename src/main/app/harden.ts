// Electron's hardening beyond webPreferences: no navigation away from our pages (by the page or any frame in it), no
// redirects elsewhere, no new windows, no webviews, no permissions.
import type { App, Session, WebContents } from 'electron';

/** The parts of WebContents the hardening uses, so tests can hand in a fake. */
export type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenContents(contents: HardenedContents, isTrustedUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  // Fired for sub-frames too (will-navigate is the main frame only): an iframe cannot be steered elsewhere either.
  contents.on('will-frame-navigate', (details) => {
    if (!isTrustedUrl(details.url)) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(app: Pick<App, 'on'>, isTrustedUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isTrustedUrl));
}

export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
