import * as XLSX from 'xlsx';
import { randomUUID } from 'node:crypto';
import { readWorkbook, planImport } from '../src/shared/import';
import { seedTaxonomy, taxonomyOf } from '../src/main/store';
const ACTORS = 5000,
  TIES = 15000;
const name = (i: number) => `Actor ${i} ${['Café', 'Hub', 'Group', 'Ünal'][i % 4]}`;
const elements: string[][] = [['Label', 'Type', 'Description', 'Tags', 'Email', 'Languages']];
for (let i = 0; i < ACTORS; i++)
  elements.push([name(i), 'Person', `d ${i}`, `tag${i % 10}|tag${i % 13}`, `a${i}@example.org`, 'English']);
const connections: string[][] = [['From', 'To', 'Type', 'Direction', 'Strength']];
for (let t = 0; t < TIES; t++)
  connections.push([name(t % ACTORS), name((t * 7 + 1) % ACTORS), 'Referral', 'directed', String(t % 5)]);
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(elements), 'Elements');
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(connections), 'Connections');
const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const book = readWorkbook('x.xlsx', bytes);
  const tRead = performance.now() - t;
  t = performance.now();
  const tax = taxonomyOf(seedTaxonomy());
  const plan = planImport(
    book,
    { actors: [], ties: [], taxonomy: tax },
    {},
    { today: '2026-01-01', newId: randomUUID },
  );
  const tPlan = performance.now() - t;
  console.log('read', tRead.toFixed(0), 'plan', tPlan.toFixed(0), plan.counts.tiesAdded);
}
