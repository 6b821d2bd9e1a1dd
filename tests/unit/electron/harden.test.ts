// The Electron window's hardening, run under Node with a fake webContents (the binary cannot run here): navigation,
// frame navigation and redirects only to our own pages, no new windows, no webviews, no permissions.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenApp, hardenContents, type HardenedContents } from '../../../src/main/app/harden';
import { makeTrustedUrlCheck } from '../../../src/main/app/trusted-url';

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: unknown) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: unknown) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function hardened(isPackaged = true) {
  const contents = new FakeContents();
  hardenContents(
    contents as unknown as HardenedContents,
    makeTrustedUrlCheck({ isPackaged, devUrl: 'http://localhost:5173/' }),
  );
  return contents;
}

function attempt(contents: FakeContents, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  if (event === 'will-frame-navigate') contents.emit(event, { url, preventDefault, isMainFrame: false });
  else contents.emit(event, { preventDefault }, url);
  return preventDefault.mock.calls.length === 0;
}

describe('hardenContents', () => {
  it('lets the page move between its own app:// pages only, in the main frame and in any frame', () => {
    const contents = hardened();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(attempt(contents, event, 'app://caremap/index.html'), event).toBe(true);
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'app://evil/index.html',
        'http://localhost:5173/',
        'javascript:alert(1)',
      ]) {
        expect(attempt(contents, event, url), `${event} ${url}`).toBe(false);
      }
    }
  });

  it('trusts the dev server only in an unpackaged build', () => {
    expect(attempt(hardened(false), 'will-navigate', 'http://localhost:5173/index.html')).toBe(true);
    expect(attempt(hardened(true), 'will-navigate', 'http://localhost:5173/index.html')).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'app://caremap/index.html' })).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('hardens every webContents the app creates', () => {
    const app = new EventEmitter();
    hardenApp(app as never, () => false);
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
    expect(contents.windowOpenHandler).not.toBeNull();
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let request: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler: never) => void (request = handler),
      setPermissionCheckHandler: (handler: never) => void (check = handler),
    });
    const callback = vi.fn();
    request!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });
});

describe('makeTrustedUrlCheck', () => {
  it('ignores ELECTRON_RENDERER_URL that is not a local http address, even unpackaged', () => {
    const check = makeTrustedUrlCheck({ isPackaged: false, devUrl: 'https://evil.example/' });
    expect(check('https://evil.example/')).toBe(false);
    expect(check('app://caremap/assets/index.js')).toBe(true);
    expect(check('not a url')).toBe(false);
  });
});
