// Which page addresses are Caremap's own renderer: app://caremap/ always; electron-vite's dev server only in an
// unpackaged build (a packaged app must not trust ELECTRON_RENDERER_URL, which anyone can set before starting it).
import { APP_HOST, APP_SCHEME } from './app-protocol';

export interface RendererSource {
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devUrl?: string | undefined;
}

/** The dev server's address when it may be used: unpackaged, and a plain http address on this computer. */
export function trustedDevUrl(source: RendererSource): URL | null {
  if (source.isPackaged || !source.devUrl) return null;
  try {
    const url = new URL(source.devUrl);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && local ? url : null;
  } catch {
    return null;
  }
}

export function makeTrustedUrlCheck(source: RendererSource): (url: string) => boolean {
  const dev = trustedDevUrl(source);
  return (candidate: string) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
    return dev !== null && url.origin === dev.origin;
  };
}
