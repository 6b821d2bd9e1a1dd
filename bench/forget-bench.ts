// Forget this person on a big map: how long the facilitator waits for the removal from map, history and snapshots
// and the file rebuild (VACUUM + WAL truncate), for 1,000 and 5,000 actors with full undo histories and snapshots.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveSnapshot } from '../src/main/commands';
import { forgetPerson } from '../src/main/commands/forget-person';
import { openMapStore } from '../src/main/store';
import { parseRequest } from '../src/shared/validate';
import { generateMap } from './generate-map';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-forget-bench-'));
  try {
    console.log('| actors | history entries | snapshots | file (MB) | forget (ms) |');
    console.log('|---:|---:|---:|---:|---:|');
    for (const size of [1000, 5000]) {
      const map = await generateMap(join(dir, `forget-${size}.caremap`), size);
      const store = openMapStore(map.path);
      for (let i = 0; i < 5; i++) saveSnapshot(store, { name: `Workshop ${i + 1}` });
      const victim = store.actors()[Math.floor(size / 2)]!;
      const history = store.history.count();
      const started = performance.now();
      forgetPerson(store, parseRequest('actors.forget', { id: victim.id }));
      const ms = performance.now() - started;
      store.close();
      const mb = statSync(map.path).size / 1e6;
      console.log(`| ${size} | ${history} | 5 | ${mb.toFixed(1)} | ${Math.round(ms)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
