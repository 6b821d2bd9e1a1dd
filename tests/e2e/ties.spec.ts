// Ties as a facilitator draws and reads them: a tie just drawn is selected with its details open and its type ready
// to choose; a tie back the other way is drawn as its own curve, not on top of the first; types can be shown on ties.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test.use({ viewport: { width: 1600, height: 900 } });

test('a drawn tie ends selected, its details open with the type focused; a tie back is a separate curve', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.dragKindOntoMap(CITIZEN, { x: 250, y: 200 }, 'Ada Okafor');
  await map.dragKindOntoMap(GRASSROOTS, { x: 650, y: 260 }, 'Lunch Club');
  // The details panel closed first: drawing the tie opens it.
  await page.getByRole('button', { name: 'Hide the details panel' }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeHidden();

  await map.drawTie('Ada Okafor', 'Lunch Club');
  const there = map.tie('Ada Okafor', 'Lunch Club');
  await expect(there).toHaveClass(/\bselected\b/);
  await expect(map.actor('Lunch Club')).not.toHaveClass(/\bselected\b/);
  await expect(details).toBeVisible();
  const type = details.getByLabel('Type of tie');
  await expect(type).toBeFocused();
  // The type is chosen straight away, with no hunting for the line.
  await type.selectOption({ label: 'Referral' });
  await expect(map.status).toContainText('Saved');
  await expect(type.locator('option:checked')).toHaveText('Referral');

  // A straight tie alone between two actors.
  const path = (tie: typeof there) => tie.locator('path.react-flow__edge-path').getAttribute('d');
  expect(await path(there)).not.toContain('Q');

  await map.drawTie('Lunch Club', 'Ada Okafor');
  const back = map.tie('Lunch Club', 'Ada Okafor');
  await expect(back).toHaveClass(/\bselected\b/);
  await expect(there).not.toHaveClass(/\bselected\b/);
  await expect(details.getByLabel('Type of tie')).toBeFocused();
  // Two curves bent to either side: different paths, and their middles apart on screen.
  await expect.poll(() => path(there)).toContain('Q');
  const [d1, d2] = [await path(there), await path(back)];
  expect(d1).not.toBe(d2);
  const middle = (d: string | null) => {
    const [x0, y0, cx, cy, x1, y1] = (d ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { x: 0.25 * x0 + 0.5 * cx + 0.25 * x1, y: 0.25 * y0 + 0.5 * cy + 0.25 * y1 };
  };
  const m1 = middle(d1);
  const m2 = middle(d2);
  expect(Math.hypot(m1.x - m2.x, m1.y - m2.y)).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: test.info().outputPath('opposite-ties.png') });

  // Clicking each curve selects that tie, not the other.
  await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
  await there.locator('path.react-flow__edge-path').dispatchEvent('click');
  await expect(there).toHaveClass(/\bselected\b/);
  await expect(back).not.toHaveClass(/\bselected\b/);
});

test('tie types shown on the map on a halo, off by default, from Size & colour', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.dragKindOntoMap(CITIZEN, { x: 250, y: 200 }, 'Ada Okafor');
  await map.dragKindOntoMap(GRASSROOTS, { x: 650, y: 260 }, 'Lunch Club');
  await map.drawTie('Ada Okafor', 'Lunch Club');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('Type of tie').selectOption({ label: 'Referral' });
  await expect(map.status).toContainText('Saved');
  const label = map.tie('Ada Okafor', 'Lunch Club').locator('text.tie-label');
  await expect(label).toHaveCount(0);

  await page.getByRole('button', { name: 'Size & colour', exact: true }).click();
  await page.getByLabel("Show each tie's type on the map").check();
  await expect(label).toHaveText('Referral');
  const style = await label.evaluate((el) => {
    const s = getComputedStyle(el);
    return { paintOrder: s.paintOrder, stroke: s.stroke, strokeWidth: parseFloat(s.strokeWidth) };
  });
  expect(style.paintOrder.startsWith('stroke')).toBe(true);
  expect(style.stroke).toBe('rgb(255, 255, 255)');
  expect(style.strokeWidth).toBeGreaterThan(2);
  await page.screenshot({ path: test.info().outputPath('tie-labels.png') });

  await page.getByLabel("Show each tie's type on the map").uncheck();
  await expect(label).toHaveCount(0);
});
