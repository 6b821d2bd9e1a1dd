// Serves the built renderer from app://caremap/ instead of file://, so the page has a real origin of its own: 'self'
// in the CSP means our files only, and no file:// page (or file:// link) can reach the API.
import type { CustomScheme, Protocol } from 'electron';
import { readStaticFile } from '../transport/static-files';
import { SECURITY_HEADERS } from '../transport/security-headers';

export const APP_SCHEME = 'app';
export const APP_HOST = 'caremap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. `standard` gives the scheme real origins and relative URLs; `secure` makes it a
 * secure context (like https); fetch and module workers (analysis, layout) need `supportFetchAPI`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The answer to one app:// request: a file of the built renderer with the same security headers browser mode sends
 * (the Content-Security-Policy among them), or 404 for another host, a path leaving the folder, or a missing file.
 */
export async function appProtocolResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
  const file = await readStaticFile(rendererDir, url.pathname);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
  });
}

export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request.url));
}
