// The few web-standard globals src/shared may use: present in the window, its workers and Node alike. The shared
// config has neither DOM nor Node types, so code there cannot reach for anything only one side has.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var crypto: { randomUUID(): string };
