// What a preview shows can be committed: the reader's limits and the API's schemas come from one definition, and
// every choice a preview makes (columns, sheet names, kinds) is within what the commit accepts back.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/main/api/create-backend';
import { dispatch } from '../../../src/main/transport/dispatch';
import type { ImportPreview } from '../../../src/shared/import';
import { limitMessages, MAX_COLUMNS } from '../../../src/shared/import/import-limits';
import { parseRequest } from '../../../src/shared/validate';
import { newMap, tempDir } from '../store/temp-maps';
import { preview, utf8 } from './import-helpers';

const csv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n')).toString('base64');

async function withBackend(
  test: (call: (op: string, input: unknown) => Promise<unknown>, backend: Backend) => Promise<void>,
): Promise<void> {
  const dir = tempDir();
  const backend = createBackend({ mode: 'browser', version: 'test', dataDir: dir, mapsFolder: dir });
  backend.openInitialMap(join(dir, 'm.caremap'));
  // Through dispatch, as both transports call it: the input is checked against the operation's schema first.
  const call = async (op: string, input: unknown) => {
    const result = await dispatch(backend.handlers, op, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  try {
    await test(call, backend);
  } finally {
    backend.close();
  }
}

describe('preview and commit agree', () => {
  it('commits a sheet of exactly 2,000 columns that it previewed', async () => {
    await withBackend(async (call) => {
      const header = ['Name', ...Array.from({ length: MAX_COLUMNS - 1 }, (_, i) => `Field ${i + 1}`)];
      const shown = (await call('import.read', {
        fileName: 'wide.csv',
        base64: csv([header, ['Ada', ...header.slice(1).map(() => 'x')]]),
      })) as ImportPreview;
      expect(shown.choices.actorColumns).toHaveLength(MAX_COLUMNS);
      const done = (await call('import.commit', { importId: shown.importId, choices: shown.choices })) as {
        summary: ImportPreview;
      };
      expect(done.summary.counts).toMatchObject({ actorsAdded: 1, newFields: MAX_COLUMNS - 1 });
    });
  });

  it('refuses a sheet with a cell in column 2,001 already at the preview, with the limit named', async () => {
    await withBackend(async (call) => {
      const row = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) =>
        i === 0 ? 'Ada' : i === MAX_COLUMNS ? 'stray' : '',
      );
      await expect(call('import.read', { fileName: 'stray.csv', base64: csv([['Name'], row]) })).rejects.toThrow(
        limitMessages.columns('stray.csv', null, 2, MAX_COLUMNS + 1),
      );
    });
  });

  it('commits a preview of a 450-character file name and a 500-character type, as previewed', async () => {
    await withBackend(async (call) => {
      const fileName = `${'Referrals from the partners '.repeat(16).slice(0, 446)}.csv`;
      const type = 'Neighbourhood group '.repeat(25);
      const shown = (await call('import.read', {
        fileName,
        base64: csv([
          ['Name', 'Type'],
          ['Ada', type],
        ]),
      })) as ImportPreview;
      expect(shown.counts.newKinds).toBe(1);
      const done = (await call('import.commit', { importId: shown.importId, choices: shown.choices })) as {
        summary: ImportPreview;
      };
      expect(done.summary.counts).toMatchObject({ actorsAdded: 1, newKinds: 1 });
    });
  });

  it('makes choices the commit accepts, for any sheet of long names, types and headers', () => {
    const store = newMap();
    const long = fc.oneof(fc.string({ maxLength: 5 }), fc.string({ minLength: 190, maxLength: 700 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(long, long, long), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.string({ minLength: 250, maxLength: 490 })),
        (rows, base) => {
          const fileName = `${base.replace(/[\0/\\]/g, '_')}.csv`;
          const text = [['Name', 'Type', 'Other'], ...rows]
            .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
            .join('\n');
          let shown: ImportPreview;
          try {
            shown = preview(store, fileName, utf8(text));
          } catch {
            return; // refused at the preview: nothing shown that the commit could refuse
          }
          expect(() => parseRequest('import.commit', { importId: 'x', choices: shown.choices })).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
