// Issue 13: the Analysis panel on the demo map lists who most ties point to and start from, and says what its
// figures assume; screenshots at a laptop and a projector size are kept in test-results for a look.
import { expect, test } from './demo-fixture';
import { MapPage } from './page-models/map-page';

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`demo map at ${size.width}×${size.height}: most ties in and out, and how the figures are worked out`, async ({
    page,
    demo,
  }, info) => {
    await page.setViewportSize(size);
    const map = new MapPage(page);
    await map.open(demo.url);
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Analysis' });

    // The demo has one-way and mutual ties, so both lists are there, each naming actors with a count.
    for (const [title, word] of [
      ['Most ties in', 'in'],
      ['Most ties out', 'out'],
    ] as const) {
      const list = panel.getByRole('region', { name: title });
      await expect(list.getByRole('listitem').first()).toContainText(new RegExp(`\\d+ ties? ${word}$`));
    }
    const how = panel.getByRole('region', { name: 'How these figures are worked out' });
    await expect(how).toContainText('undirected and unweighted');
    await expect(how).toContainText('a mutual tie counts both ways');
    await how.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`analysis-${size.width}x${size.height}.png`) });
    await panel.getByRole('region', { name: 'Most ties in' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`analysis-in-out-${size.width}x${size.height}.png`) });
  });
}
