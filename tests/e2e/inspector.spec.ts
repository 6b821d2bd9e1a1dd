// The inspector and the taxonomy editor, end to end in browser mode against the real server and map file.
import { todayIsoDate } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';

test('records care offers, consent and a custom field, renames a kind, keeps it all after a reload, and undoes the rename', async ({
  page,
  caremap,
}) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  const details = map.details;

  // Care offers: chips from the map's own list, each a check box.
  const offers = details.getByRole('group', { name: 'Care offers' });
  await offers.getByLabel('Shared meals').check();
  await expect(offers.getByLabel('Shared meals')).toBeChecked();
  await offers.getByLabel('Befriending').check();
  await expect(offers.getByLabel('Befriending')).toBeChecked();

  // Consent: asked of individuals; giving it dates it today, and the date can be changed.
  await details.getByLabel('Consent to appear on the map').selectOption({ label: 'Given' });
  await expect(details.getByLabel('Date of consent')).toHaveValue(todayIsoDate());
  await details.getByLabel('Date of consent').fill('2025-03-14');
  await details.getByLabel('Date of consent').press('Enter');
  await map.saved('Edit “Ada Okafor”');

  // A custom field added in the taxonomy editor appears in the inspector, ready to fill in.
  await map.openLists('Your own fields');
  await map.lists.getByLabel('Add a field: name').fill('Languages spoken');
  await map.lists.getByRole('button', { name: 'Add field', exact: true }).click();
  await expect(map.lists.getByLabel('Name of the field “Languages spoken”')).toHaveValue('Languages spoken');
  await map.lists.getByLabel('Add a field: name').fill('Volunteers');
  await map.lists.getByLabel('Type of the new field').selectOption({ label: 'Number' });
  await map.lists.getByRole('button', { name: 'Add field', exact: true }).click();
  await expect(map.lists.getByLabel('Name of the field “Volunteers”')).toBeVisible();
  await map.closeLists();
  await details.getByLabel('Languages spoken').fill('Polish, English');
  await details.getByLabel('Languages spoken').press('Tab');
  await map.saved('Edit “Ada Okafor”');

  // A number field refuses text: the server's sentence shows beside the field, and the field goes back.
  await details.getByLabel('Volunteers').fill('lots');
  await details.getByLabel('Volunteers').press('Enter');
  await expect(details.getByRole('alert')).toContainText('is not a number');
  await expect(details.getByLabel('Volunteers')).toHaveValue('');

  // Renaming a kind: the legend, the palette and the actor's details follow at once.
  await map.openLists();
  const kindName = map.lists.getByLabel('Name of the kind “Individual active citizen”');
  await kindName.fill('Neighbour');
  await kindName.press('Enter');
  await expect(map.lists.getByLabel('Name of the kind “Neighbour”')).toHaveValue('Neighbour');
  await map.closeLists();
  await expect(map.legendKind('Neighbour')).toContainText('1');
  await expect(map.paletteKind('Neighbour')).toBeVisible();
  await expect(map.paletteKind('Individual active citizen')).toHaveCount(0);
  await expect(details.getByLabel('Kind', { exact: true }).locator('option:checked')).toHaveText('Neighbour');

  // Everything is in the map file: reload and look again.
  await page.reload();
  await expect(map.paletteKind('Neighbour')).toBeVisible();
  await map.actor('Ada Okafor').click();
  await expect(details.getByLabel('Name', { exact: true })).toHaveValue('Ada Okafor');
  await expect(offers.getByLabel('Shared meals')).toBeChecked();
  await expect(offers.getByLabel('Befriending')).toBeChecked();
  await expect(offers.getByLabel('Advice')).not.toBeChecked();
  await expect(details.getByLabel('Consent to appear on the map')).toHaveValue('given');
  await expect(details.getByLabel('Date of consent')).toHaveValue('2025-03-14');
  await expect(details.getByLabel('Languages spoken')).toHaveValue('Polish, English');
  await expect(map.legendKind('Neighbour')).toContainText('1');

  // One undo takes the rename back, everywhere.
  await page.getByRole('button', { name: 'Undo Rename kind “Individual active citizen” to “Neighbour”' }).click();
  await expect(map.legendKind('Individual active citizen')).toContainText('1');
  await expect(map.paletteKind('Individual active citizen')).toBeVisible();
  await expect(map.paletteKind('Neighbour')).toHaveCount(0);
  await expect(details.getByLabel('Kind', { exact: true }).locator('option:checked')).toHaveText(
    'Individual active citizen',
  );
});

test('edits what several actors share in one step, undone in one step', async ({ page, caremap }) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Maple Street Mutual Aid', 'Grassroots or mutual aid group');
  await map.quickAdd('Tuesday Lunch Club', 'Grassroots or mutual aid group');
  await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
  await map.actor('Maple Street Mutual Aid').click({ modifiers: ['Shift'] });
  const details = map.details;
  await expect(details.getByText('2 actors selected')).toBeVisible();

  await details.getByLabel('Tags', { exact: true }).fill('food');
  await details.getByLabel('Tags', { exact: true }).press('Enter');
  await expect(details.getByRole('button', { name: 'Remove the tag “food” from all of them' })).toBeVisible();
  await details.getByLabel('Role in the project').selectOption({ label: 'Collaborator' });
  await details.getByLabel('Kind', { exact: true }).selectOption({ label: 'Community hub or voluntary organisation' });
  await expect(map.legendKind('Community hub or voluntary organisation')).toContainText('2');

  // Each actor now carries what was set for both. (Escape on an actor takes it out of the selection.)
  await map.actor('Maple Street Mutual Aid').focus();
  await page.keyboard.press('Escape');
  await expect(details.getByRole('list', { name: 'Tags on this actor' })).toContainText('food');
  await expect(details.getByLabel('Role in the project')).toHaveValue('collaborator');

  // One undo takes the kind back from both.
  await page.getByRole('button', { name: 'Undo Edit 2 actors' }).click();
  await expect(map.legendKind('Grassroots or mutual aid group')).toContainText('2');
});

test('the taxonomy editor says why it refuses, and asks where a deleted kind’s actors go', async ({
  page,
  caremap,
}) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Riverside GP Surgery', 'Statutory service');
  await map.openLists();

  await map.lists.getByLabel('Add a kind: name').fill('statutory service');
  await map.lists.getByLabel('Are the actors of the new kind people?').selectOption('organisations');
  await map.lists.getByRole('button', { name: 'Add kind', exact: true }).click();
  await expect(map.lists.getByRole('alert')).toContainText('There is already a kind called “Statutory service”');

  await map.lists.getByRole('button', { name: 'Delete the kind “Statutory service”' }).click();
  await expect(map.lists.getByText('1 actor is of the kind “Statutory service”.')).toBeVisible();
  await map.lists.getByLabel('Move its actors to').selectOption({ label: 'Community hub or voluntary organisation' });
  await map.lists.getByRole('button', { name: 'Move actors and delete kind' }).click();
  await expect(map.lists.getByLabel('Name of the kind “Statutory service”')).toHaveCount(0);

  await map.lists
    .getByRole('button', { name: 'Merge the kind “Social enterprise or ethical business” into another' })
    .click();
  await map.lists
    .getByLabel('Merge “Social enterprise or ethical business” into')
    .selectOption({ label: 'Grassroots or mutual aid group' });
  await map.lists.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(map.lists.getByLabel('Name of the kind “Social enterprise or ethical business”')).toHaveCount(0);
  await map.closeLists();
  await expect(map.paletteKind('Social enterprise or ethical business')).toHaveCount(0);
  await expect(map.legendKind('Community hub or voluntary organisation')).toContainText('1');
  await expect(map.paletteKind('Statutory service')).toHaveCount(0);
  await expect(map.details.getByLabel('Kind', { exact: true }).locator('option:checked')).toHaveText(
    'Community hub or voluntary organisation',
  );
});
