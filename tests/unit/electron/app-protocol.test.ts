// app://caremap/ serves the built renderer with the security headers (CSP included) and nothing outside it.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_START_URL, appProtocolResponse } from '../../../src/main/app/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/transport/security-headers';
import { tempDir } from '../store/temp-maps';

function renderer(): string {
  const dir = tempDir();
  const out = join(dir, 'renderer');
  mkdirSync(join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>Caremap</title>');
  writeFileSync(join(out, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.caremap'), 'a map outside the renderer');
  return out;
}

describe('app:// protocol', () => {
  it('serves index.html and assets with the Content-Security-Policy and nosniff', async () => {
    const dir = renderer();
    const page = await appProtocolResponse(dir, APP_START_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Caremap</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await appProtocolResponse(dir, 'app://caremap/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths leaving the renderer folder, other hosts and unknown files', async () => {
    const dir = renderer();
    for (const url of [
      'app://caremap/../secret.caremap',
      'app://caremap/%2e%2e/secret.caremap',
      'app://caremap/..%2fsecret.caremap',
      'app://other/index.html',
      'app://caremap/missing.js',
      'file:///etc/passwd',
    ]) {
      const response = await appProtocolResponse(dir, url);
      expect(response.status, url).toBe(404);
    }
  });
});
