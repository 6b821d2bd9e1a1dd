// `npx electron-vite build && npx tsx bench/hostile-import-bench.ts`: the hostile spreadsheets of issue 12, each sent
// to browser mode's HTTP server as the page sends it (import.read), while another request (history.recent) is sent
// every 100 ms. Prints, per file, the time from sending it to its answer (target: refused within 5 s) and the other
// requests' latency meanwhile (the server must keep answering). Set BENCH_SKIP_BIG=1 to leave out the 40 MB files.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import { startHttpServer } from '../src/main/transport/http-server';
import { csvOfRows, sheetXml, xlsxOf } from '../tests/unit/import/hostile-files';
import { declaredUnpackedBytes } from '../src/shared/import/zip-directory';
import { percentile } from './stats';

const TOKEN = 'bench-token-0123456789';

function post(port: number, op: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${op}`,
        headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': TOKEN },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A sheet of `rows` rows of two short cells, written straight to XML bytes (no 180 MB string in between). */
function tallXlsx(rows: number): Buffer {
  const parts: Buffer[] = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  const batch: string[] = [];
  for (let r = 1; r <= rows; r++) {
    batch.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Actor ${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>Person</t></is></c></row>`,
    );
    if (batch.length === 50_000) parts.push(Buffer.from(batch.splice(0).join('')));
  }
  parts.push(Buffer.from(`${batch.join('')}</sheetData></worksheet>`));
  return xlsxOf(Buffer.concat(parts));
}

function files(): { what: string; name: string; bytes: Buffer }[] {
  const list = [
    {
      what: '<dimension> claims A1:XFD1048576',
      name: 'claims-everything.xlsx',
      bytes: xlsxOf(
        sheetXml(
          [
            ['Name', 'Type'],
            ['Ada', 'Person'],
          ],
          'A1:XFD1048576',
        ),
      ),
    },
    {
      what: 'CSV of 200,000 columns',
      name: 'wide.csv',
      bytes: Buffer.from(`${Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',')}\nAda\n`),
    },
    {
      what: 'zip bomb (31 × 100 MB of zeros)',
      name: 'bomb.xlsx',
      bytes: (() => {
        const zeros = Buffer.alloc(100 * 1024 * 1024);
        return xlsxOf(
          sheetXml([['Name'], ['Ada']]),
          'Actors',
          Array.from({ length: 31 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: zeros })),
        );
      })(),
    },
    {
      what: 'zip bomb whose directory lies (claims 1 KB per entry)',
      name: 'liar.xlsx',
      bytes: (() => {
        const zeros = Buffer.alloc(400 * 1024 * 1024);
        return xlsxOf(
          sheetXml([['Name'], ['Ada']]),
          'Actors',
          Array.from({ length: 8 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: zeros, claimedSize: 1024 })),
        );
      })(),
    },
  ];
  if (process.env.BENCH_SKIP_BIG !== '1') {
    list.push({ what: '150,000-row workbook', name: 'rows.xlsx', bytes: tallXlsx(150_000) });
    // The slowest a workbook within the unpacked-size limit can be: SheetJS scans every row's XML.
    list.push({ what: '1,100,000-row workbook', name: 'just-under.xlsx', bytes: tallXlsx(1_100_000) });
    list.push({ what: '3,000,000-row workbook', name: 'tall.xlsx', bytes: tallXlsx(3_000_000) });
    list.push({ what: '415,121-row CSV', name: 'long.csv', bytes: Buffer.from(csvOfRows(415_121, 100)) });
  }
  return list;
}

const dir = mkdtempSync(join(tmpdir(), 'caremap-hostile-bench-'));
const builtWorker = join(import.meta.dirname, '..', 'out', 'main', 'import-worker.js');
if (existsSync(builtWorker)) process.env.CAREMAP_IMPORT_WORKER ??= builtWorker;
else
  console.log(
    '(No build found: the worker runs from source through tsx, slower to start. Run `npx electron-vite build` first.)',
  );
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
const backend = createBackend({ mode: 'browser', version: 'bench', dataDir: dir, mapsFolder: dir });
backend.openInitialMap(join(dir, 'Bench.caremap'));
const server = await startHttpServer({ handlers: backend.handlers, staticDir: join(dir, 'renderer'), token: TOKEN });

console.log(
  `Hostile imports through browser mode's HTTP server; load average ${loadavg()[0]!.toFixed(1)} at the start.`,
);
console.log('file | size | answered in | answer | other requests meanwhile: count, p50 / max latency');
try {
  for (const file of files()) {
    const body = JSON.stringify({ fileName: file.name, base64: file.bytes.toString('base64') });
    const latencies: number[] = [];
    let running = true;
    const others = (async () => {
      while (running) {
        const t = performance.now();
        await post(server.port, 'history.recent', '{"limit":5}');
        latencies.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = performance.now();
    const answer = await post(server.port, 'import.read', body);
    const took = performance.now() - t0;
    running = false;
    await others;
    const parsed = JSON.parse(answer.text) as {
      ok: boolean;
      value?: { counts: { actorsAdded: number } };
      error?: { message: string };
    };
    const said = parsed.ok
      ? `read: ${parsed.value!.counts.actorsAdded} actors to add`
      : `refused: ${parsed.error!.message.slice(0, 90)}…`;
    const mb = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
    const unpacked = declaredUnpackedBytes(file.bytes);
    const size = unpacked === null ? mb(file.bytes.length) : `${mb(file.bytes.length)} (unpacks to ${mb(unpacked)})`;
    const p = (q: number) => percentile(latencies, q).toFixed(0);
    console.log(
      `${file.what} | ${size} | ${(took / 1000).toFixed(2)} s | ${said} | ${latencies.length}, ${p(50)} / ${p(100)} ms`,
    );
  }
} finally {
  await server.close();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Load average ${loadavg()[0]!.toFixed(1)} at the end (2 cores).`);
