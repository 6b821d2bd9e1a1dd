// Hands an exported file to the facilitator: a native save dialog in the desktop app (main writes it safely),
// an ordinary download in browser mode (the browser asks where, or puts it in Downloads).
import { api } from '../api/client';

export interface SaveFileRequest {
  /** A plain file name, e.g. "Clapton care map.png". */
  suggestedName: string;
  data: Uint8Array | string;
  mime: string;
  /** For the save dialog's file type list, e.g. "PNG picture" and ["png"]. */
  filterName: string;
  extensions: string[];
}

export interface SaveFileResult {
  /** false when the facilitator cancelled the dialog. */
  saved: boolean;
  /** Where it went, when the desktop app knows (browser downloads do not say). */
  path?: string;
}

let nativeDialogs: Promise<boolean> | null = null;
const hasNativeDialogs = () => (nativeDialogs ??= api['app.info']({}).then((info) => info.nativeDialogs));

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function download(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const bytes = typeof request.data === 'string' ? new TextEncoder().encode(request.data) : request.data;
  if (await hasNativeDialogs()) {
    const result = await api['files.saveAs']({
      suggestedName: request.suggestedName,
      base64: toBase64(bytes),
      filterName: request.filterName,
      extensions: request.extensions,
    });
    if (result.supported) return result.path ? { saved: true, path: result.path } : { saved: false };
  }
  download(request.suggestedName, bytes, request.mime);
  return { saved: true };
}
