import { launchBrowser } from '../scripts/browser.mjs';
import { serveDirectory } from '../scripts/static-server.mjs';

/**
 * Time from navigation start to the first finding on screen, for the built preview page on the
 * seed (the pane opens on the check results): median of `runs` fresh page loads.
 */
export const measureFirstRender = async (distDir: string, runs = 5): Promise<number> => {
  const server = await serveDirectory(distDir);
  const { browser } = await launchBrowser();
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/preview.html?view=check`);
      await page.getByTestId('finding').first().waitFor({ timeout: 15_000 });
      samples.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  } finally {
    await browser.close();
    await server.close();
  }
};
