// Where a layout's crossings and ties through actors come from: Caremap's force layout measured after each stage of
// finish() (ForceAtlas2, noverlap, separate, clear ties, final), on the 60-actor and 2,000-actor care networks.
// Run: npx tsx bench/layout-stages-bench.ts (BENCH_BIG=0 skips the 2,000 map).
import { loadavg } from 'node:os';
import { forceLayout } from '../src/shared/layout';
import {
  countActorOverlaps,
  countCrossings,
  countNameOverlaps,
  countTiesThroughActors,
} from '../src/shared/layout/layout-metrics';
import { careNetwork } from '../tests/support/care-network';

const cases = [{ label: '60-actor care network', ...careNetwork(60) }];
if (process.env.BENCH_BIG !== '0') cases.push({ label: '2,000-actor care network', ...careNetwork(2000, 3) });

console.log(`Load average ${loadavg()[0]!.toFixed(1)} (2-core machine)\n`);
for (const c of cases) {
  console.log(
    `${c.label}\n| stage | actors overlapping | names overlapping | ties through an actor | crossings |\n|---|---:|---:|---:|---:|`,
  );
  forceLayout(c.actors, c.ties, {
    probe: (stage, at) => {
      const drawn = c.actors.map((a, i) => ({ id: a.id, name: a.name, x: at[i]!.x, y: at[i]!.y }));
      console.log(
        `| ${stage} | ${countActorOverlaps(drawn)} | ${countNameOverlaps(drawn)} | ${countTiesThroughActors(drawn, c.ties)} | ${countCrossings(drawn, c.ties)} |`,
      );
    },
  });
  console.log('');
}
