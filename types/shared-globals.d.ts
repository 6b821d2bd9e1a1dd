// The few web-standard globals src/shared may use: present in the window, its workers and Node alike. The shared
// config has neither DOM nor Node types, so code there cannot reach for anything only one side has.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var crypto: { randomUUID(): string; getRandomValues<T extends Uint8Array | Uint32Array>(array: T): T };
// Streams for inflating WOFF fonts (pdf-text/woff-to-sfnt.ts): in the window, its workers and Node 18+.
interface WebReadableStream {
  pipeThrough(transform: { readable: WebReadableStream; writable: unknown }): WebReadableStream;
}
declare class Blob {
  constructor(parts: readonly Uint8Array[]);
  stream(): WebReadableStream;
}
declare class DecompressionStream {
  constructor(format: 'deflate' | 'deflate-raw' | 'gzip');
  readonly readable: WebReadableStream;
  readonly writable: unknown;
}
declare class Response {
  constructor(body: WebReadableStream);
  arrayBuffer(): Promise<ArrayBuffer>;
}
