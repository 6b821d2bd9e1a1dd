// Stale edits between two views of one Caremap (issue 16): a name typed in one view while the other changed the same
// actor's notes is merged; while the other renamed it, it is refused with a sentence and the field shows their name
// (in the details panel, and in the name field on the map).
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';

const CITIZEN = 'Individual active citizen';

test.use({ viewport: { width: 1280, height: 800 } });

/** A second tab on the same Caremap, given the session key the way a duplicated tab keeps it (as views-in-step does). */
async function secondView(browser: Browser, first: Page): Promise<DetailsPage> {
  const key = await first.evaluate(() => sessionStorage.getItem('caremap.token'));
  const origin = new URL(first.url()).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((k) => sessionStorage.setItem('caremap.token', k ?? ''), key);
  const view = new DetailsPage(await context.newPage());
  await view.open(`${origin}/`);
  return view;
}

test('an edit begun before another view’s change is merged field by field, or refused with a sentence', async ({
  page,
  caremap,
  browser,
}) => {
  const a = new DetailsPage(page);
  await a.open(caremap.url);
  await a.quickAdd('Ada', CITIZEN);
  const b = await secondView(browser, page);
  await b.actor('Ada').click();
  const nameInB = b.details.getByLabel('Name', { exact: true });
  const notesInB = b.details.getByLabel('Notes', { exact: true });
  const nameInA = a.details.getByLabel('Name', { exact: true });
  const notesInA = a.details.getByLabel('Notes', { exact: true });

  // B starts typing a new name; meanwhile A writes notes. B's name then goes in beside A's notes.
  await nameInB.fill('Ada Okafor');
  await notesInA.fill('Runs the Tuesday lunch club');
  await notesInA.press('Control+Enter');
  await expect(notesInB).toHaveValue('Runs the Tuesday lunch club');
  await nameInB.press('Enter');
  await expect(a.actor('Ada Okafor')).toBeVisible();
  await expect(nameInA).toHaveValue('Ada Okafor');
  await expect(notesInA).toHaveValue('Runs the Tuesday lunch club');
  await expect(b.details.getByRole('alert')).toHaveCount(0);

  // B starts typing another name; meanwhile A renames. B's is refused, saying what the name is now.
  await nameInB.fill('Ada Okafor-Lee');
  await nameInA.fill('Ada Lovelace');
  await nameInA.press('Enter');
  await expect(b.actor('Ada Lovelace')).toBeVisible();
  await nameInB.press('Enter');
  await expect(b.details.getByRole('alert')).toHaveText(
    '“Ada Lovelace”’s details were changed on another device a moment ago — here is what they are now: name “Ada Lovelace”. Your change was not made; make it again if you still want it.',
  );
  await expect(nameInB).toHaveValue('Ada Lovelace');
  await expect(nameInA).toHaveValue('Ada Lovelace');
  await expect(a.actor('Ada Okafor-Lee')).toHaveCount(0);
  await b.page.screenshot({ path: test.info().outputPath('stale-edit-refused-1280.png') });
  await b.page.setViewportSize({ width: 1920, height: 1080 });
  await expect(b.details.getByRole('alert')).toBeVisible();
  await b.page.screenshot({ path: test.info().outputPath('stale-edit-refused-1920.png') });

  // Made again on the view that now shows the new name, the edit goes in.
  await nameInB.fill('Ada Lovelace-King');
  await nameInB.press('Enter');
  await expect(a.actor('Ada Lovelace-King')).toBeVisible();

  // The same on the map: B opens the name field on the actor (F2); A renames meanwhile; B's rename is refused.
  await b.actor('Ada Lovelace-King').click();
  await b.page.keyboard.press('F2');
  const onMap = b.page.getByRole('textbox', { name: 'Rename actor' });
  await onMap.fill('Ada on the map');
  await nameInA.fill('Ada King');
  await nameInA.press('Enter');
  await expect(b.actor('Ada King')).toHaveCount(1);
  await onMap.press('Enter');
  await expect(b.page.locator('.toast').getByText('“Ada King”’s details were changed on another device')).toBeVisible();
  await expect(a.actor('Ada King')).toBeVisible();
  await expect(a.actor('Ada on the map')).toHaveCount(0);
  await b.page.context().close();
});
