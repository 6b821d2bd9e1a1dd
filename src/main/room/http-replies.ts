// Small HTTP helpers for the share listener: JSON answers with Caremap's security headers, and a bounded body reader.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WireResult } from '../../shared/api';
import type { ErrorCode } from '../../shared/errors';
import { SECURITY_HEADERS } from '../transport/security-headers';

export function sendBody(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  const close: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...close });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: WireResult<unknown>): void {
  sendBody(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function refuse(res: ServerResponse, status: number, message: string, code: ErrorCode = 'unauthorised'): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

/** Rejects with 'too-large' past `limit` bytes, so a device cannot fill the laptop's memory. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading (the answer closes the connection) rather than reset it, so the device hears why.
        req.pause();
        req.removeAllListeners('data');
        reject(new Error('too-large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
