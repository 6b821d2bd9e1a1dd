// Network files through the import dialog: a networkx GraphML and Gephi's nodes + edges tables chosen together, each
// previewed, imported onto the map and taken back by one Undo. Files from tests/fixtures (sources in SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ImportPage } from './page-models/import-page';
import { MapPage } from './page-models/map-page';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));

test('imports a networkx GraphML (Les Misérables, 77 / 254) and one Undo takes it all back', async ({
  page,
  caremap,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const map = new MapPage(page);
  await map.open(caremap.url);
  const before = await page.getByRole('group', { name: /^(Mutual tie|Tie) (from|between)/ }).count();

  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFile('les-miserables.graphml', fixture('networkx/les-miserables.graphml'), 'application/xml');
  await expect(dialog.dialog.getByText('This is a network file (GraphML, GEXF, PRSM or Kumu)')).toBeVisible();
  await expect(dialog.count('actors added')).toHaveText('77 actors added');
  await expect(dialog.count('ties added')).toHaveText('254 ties added');
  await page.screenshot({ path: 'test-results/import-graphml-dialog-1280.png' });
  await dialog.importNow();

  await expect(map.actor('Valjean')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Tie between Valjean and Javert', exact: true })).toBeAttached();
  await expect(page.getByText('Imported “les-miserables.graphml”: 77 actors added')).toBeVisible();
  await page.screenshot({ path: 'test-results/import-graphml-map-1280.png' });

  await expect(map.undoButton()).toHaveAccessibleName(/Import “les-miserables.graphml”/);
  await map.undoButton().click();
  await expect(map.actor('Valjean')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^(Mutual tie|Tie) (from|between)/ })).toHaveCount(before);
});

test('imports Gephi’s nodes and edges tables chosen together, ties on the right actors, in one undo step', async ({
  page,
  caremap,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const map = new MapPage(page);
  await map.open(caremap.url);
  const before = await page.getByRole('group', { name: /^(Mutual tie|Tie) (from|between)/ }).count();

  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFiles([
    { name: 'les-miserables-nodes.csv', buffer: fixture('gephi/les-miserables-nodes.csv') },
    { name: 'les-miserables-edges.csv', buffer: fixture('gephi/les-miserables-edges.csv') },
  ]);
  await expect(dialog.count('actors added')).toHaveText('77 actors added');
  await expect(dialog.count('ties added')).toHaveText('254 ties added');
  await expect(
    dialog.dialog.getByText(
      'Ties are matched to actors by their Id; a tie to an Id that is not in the file is skipped and listed below.',
    ),
  ).toBeVisible();
  await expect(dialog.dialog.getByRole('radio', { name: 'Add those actors' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/import-gephi-pair-dialog-1920.png' });
  await dialog.importNow();

  await expect(page.getByRole('group', { name: 'Tie between Valjean and Javert', exact: true })).toBeAttached();
  await expect(map.actor('11')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/import-gephi-pair-map-1920.png' });

  await expect(map.undoButton()).toHaveAccessibleName(/^Undo Import “les-miserables-nodes.csv \+ les-miserabl…”$/);
  await map.undoButton().click();
  await expect(map.actor('Valjean')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^(Mutual tie|Tie) (from|between)/ })).toHaveCount(before);
});

test('a Gephi GEXF keeps Gephi’s picture and its edge column becomes a number field of the ties', async ({
  page,
  caremap,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const map = new MapPage(page);
  await map.open(caremap.url);
  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFile('les-miserables.gexf', fixture('gephi/les-miserables.gexf'), 'application/xml');
  await expect(dialog.count('actors added')).toHaveText('77 actors added');
  await expect(dialog.dialog.getByLabel('Column E cooccurrence goes to')).toHaveValue('customNumber');
  await dialog.importNow();
  await expect(map.actor('Valjean')).toBeVisible();
  await page.screenshot({ path: 'test-results/import-gexf-map-1280.png' });
});

test('a PRSM map brings its style groups as new kinds and its layout', async ({ page, caremap }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const map = new MapPage(page);
  await map.open(caremap.url);
  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFile('npc-theory-of-change.prsm', fixture('prsm/npc-theory-of-change.prsm'), 'application/json');
  await expect(dialog.count('actors added')).toHaveText('22 actors added');
  // PRSM's reverse link is a tie of its own by default (30); as one mutual tie, 29.
  await expect(dialog.count('ties added')).toHaveText('30 ties added');
  await dialog.dialog.getByRole('radio', { name: 'One two-way (mutual) tie' }).check();
  await expect(dialog.count('ties added')).toHaveText('29 ties added');
  await expect(dialog.kindFor('Change mechanisms / journey')).toHaveValue(/^new:/);
  await page.screenshot({ path: 'test-results/import-prsm-dialog-1920.png' });
  await dialog.importNow();
  await expect(page.getByText('Imported “npc-theory-of-change.prsm”: 22 actors added')).toBeVisible();
  await page.screenshot({ path: 'test-results/import-prsm-map-1920.png' });
});
