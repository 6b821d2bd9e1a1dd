// Reading and planning an import in a worker thread: the same preview as in-process, a refusal with a sentence when
// the worker runs out of time or memory, and the server answering other requests while a hostile file is read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/api/create-backend';
import { planningPoint, previewImport } from '../../../src/main/import/commit-import';
import { runImportJob, type ImportJob } from '../../../src/main/import/import-job';
import { runImportWorker } from '../../../src/main/import/run-import-worker';
import { startHttpServer } from '../../../src/main/transport/http-server';
import { CaremapError } from '../../../src/shared/errors';
import { readWorkbook } from '../../../src/shared/import';
import { limitMessages, MAX_ROWS } from '../../../src/shared/import/import-limits';
import { newMap } from '../store/temp-maps';
import { csvOfRows, sheetXml, tallSheetXml, xlsxOf } from './hostile-files';
import { kumuWorkbook } from './import-helpers';

function readJob(fileName: string, bytes: Uint8Array, store = newMap()): ImportJob {
  const point = planningPoint(store);
  return { kind: 'read', files: [{ fileName, bytes }], snapshot: point.snapshot, today: point.today };
}

async function refusalOf(promise: Promise<unknown>): Promise<CaremapError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CaremapError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the import worker', () => {
  it('reads and plans a workbook as the main process would', async () => {
    const store = newMap();
    const { workbook, plan } = await runImportWorker(readJob('partners.xlsx', kumuWorkbook(), store), 'partners.xlsx');
    const inProcess = previewImport(store, 'x', readWorkbook('partners.xlsx', kumuWorkbook()));
    expect(workbook).toEqual(readWorkbook('partners.xlsx', kumuWorkbook()));
    expect(plan.counts).toEqual(inProcess.counts);
    expect(plan.resolved.choices).toEqual(inProcess.choices);
  });

  it('passes the reader’s own refusal through unchanged', async () => {
    const error = await refusalOf(runImportWorker(readJob('long.csv', csvOfRows(MAX_ROWS + 1)), 'long.csv'));
    expect(error.message).toBe(limitMessages.rows('long.csv', null, MAX_ROWS + 1));
  });

  it('refuses a zip whose directory understates its sizes, by inflating no more than the limit', () => {
    const zeros = Buffer.alloc(160 * 1024 * 1024);
    const liar = xlsxOf(sheetXml([['Name'], ['Ada']]), 'Actors', [
      { name: 'xl/media/image1.png', data: zeros, claimedSize: 1024 },
    ]);
    expect(() => runImportJob(readJob('liar.xlsx', liar))).toThrow(limitMessages.unpacked('liar.xlsx', null));
    expect(limitMessages.unpacked('liar.xlsx', null)).toContain('unpacks to more than 150 MB');
    // The same file telling the truth is refused by its directory, naming the size.
    const honest = xlsxOf(sheetXml([['Name'], ['Ada']]), 'Actors', [{ name: 'xl/media/image1.png', data: zeros }]);
    expect(() => runImportJob(readJob('honest.xlsx', honest))).toThrow(
      limitMessages.unpacked('honest.xlsx', 160 + 0.0017),
    );
  });

  it('counts a worksheet’s rows as it unpacks it, refusing past the limit before SheetJS reads the sheet', () => {
    expect(() => runImportJob(readJob('tall.xlsx', xlsxOf(tallSheetXml(MAX_ROWS + 5), 'People')))).toThrow(
      limitMessages.rows('tall.xlsx', null, MAX_ROWS + 5),
    );
  });

  it('refuses, with a sentence, a read that runs out of time', async () => {
    const error = await refusalOf(
      runImportWorker(readJob('slow.csv', csvOfRows(10)), 'slow.csv', { seconds: 0, memoryMb: 512 }),
    );
    expect(error.code).toBe('bad-spreadsheet');
    expect(error.message).toBe(limitMessages.timeout('slow.csv', 0));
  });

  it('refuses, with a sentence, a read that runs out of memory, and the next read works', async () => {
    const big = csvOfRows(90_000, 100);
    const error = await refusalOf(runImportWorker(readJob('big.csv', big), 'big.csv', { seconds: 60, memoryMb: 24 }));
    expect(error.message).toBe(limitMessages.memory('big.csv', 24));
    const { plan } = await runImportWorker(readJob('small.csv', csvOfRows(3)), 'small.csv');
    expect(plan.counts.actorsAdded).toBe(2);
  });
});

function post(
  port: number,
  token: string,
  op: string,
  body: unknown,
): Promise<{ status: number; body: { ok: boolean; error?: { message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${op}`,
        headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': token },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('browser mode while a hostile file is read', () => {
  it('answers another request before the hostile import is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caremap-import-worker-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    const backend = createBackend({ mode: 'browser', version: 'test', dataDir: dir, mapsFolder: dir });
    backend.openInitialMap(join(dir, 'm.caremap'));
    // The other request goes once the import has reached its handler (its body received and parsed), so it can only
    // be answered first if the reading leaves the event loop free.
    let reading!: () => void;
    const started = new Promise<void>((resolve) => (reading = resolve));
    const handlers = {
      ...backend.handlers,
      'import.read': (input: Parameters<(typeof backend.handlers)['import.read']>[0]) => {
        reading();
        return backend.handlers['import.read'](input);
      },
    };
    const server = await startHttpServer({ handlers, staticDir: join(dir, 'renderer'), token: 'token-0123456789' });
    try {
      const order: string[] = [];
      // A zip whose directory claims 1 KB but which holds 160 MB: the worker inflates 150 MB of it before refusing.
      const hostile = xlsxOf(sheetXml([['Name'], ['Ada']]), 'Actors', [
        { name: 'xl/media/image1.png', data: Buffer.alloc(160 * 1024 * 1024), claimedSize: 1024 },
      ]);
      const importing = post(server.port, 'token-0123456789', 'import.read', {
        fileName: 'liar.xlsx',
        base64: hostile.toString('base64'),
      }).then((r) => {
        order.push('import refused');
        return r;
      });
      await started;
      const other = await post(server.port, 'token-0123456789', 'history.recent', { limit: 5 });
      order.push('other answered');
      const refused = await importing;
      expect(other.body.ok).toBe(true);
      expect(refused.status).toBe(400);
      expect(refused.body.error?.message).toBe(limitMessages.unpacked('liar.xlsx', null));
      expect(order).toEqual(['other answered', 'import refused']);
    } finally {
      await server.close();
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
