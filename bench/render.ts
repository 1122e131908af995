import { launchBrowser } from '../scripts/browser.mjs';
import { serveDirectory } from '../scripts/static-server.mjs';
import { workThrough10000Rows } from '../test/e2e/paneProbe.mjs';

/**
 * Time from navigation start to the first finding on screen, for the built preview page on the
 * seed, the pane alone as Office shows it (?pane=only: without the page's own drawing of the
 * document beside it), Office.js's start-up and 120 ms per sync included: median of `runs` fresh
 * page loads. "On screen" is the first frame after a finding entered the page, timed in the page
 * itself: asking from outside (Playwright polls) would add up to its polling interval.
 */
export const measureFirstRender = async (distDir: string, runs = 7): Promise<number> => {
  const server = await serveDirectory(distDir);
  const { browser } = await launchBrowser();
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const realm = window as unknown as { __firstFindingAt?: number };
        const observer = new MutationObserver(() => {
          if (realm.__firstFindingAt !== undefined || !document.querySelector('[data-testid="finding"]')) return;
          realm.__firstFindingAt = -1;
          observer.disconnect();
          requestAnimationFrame(() => (realm.__firstFindingAt = performance.now()));
        });
        observer.observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${server.url}/preview.html?pane=only`);
      await page.waitForFunction(() => ((window as unknown as { __firstFindingAt?: number }).__firstFindingAt ?? 0) > 0, undefined, { timeout: 15_000 });
      samples.push(await page.evaluate(() => (window as unknown as { __firstFindingAt: number }).__firstFindingAt));
      await page.close();
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  } finally {
    await browser.close();
    await server.close();
  }
};

export interface LongestTasks {
  /** The pane's own work: re-check, regroup, filter, expand, scroll (the worst of `runs`). */
  readonly paneMs: number;
  /** While the host read the document (in the preview: the Word test double playing Word as well). */
  readonly readMs: number;
}

/**
 * The longest main-thread task (Long Tasks API) while a person works through the findings of a
 * 10,000-row table in the pane at 320 px, pane and host apart: the median of `runs` sessions'
 * longest (a task is wall time, so one session of a busy machine can be far off).
 */
export const measureLongestTasks = async (distDir: string, runs = 3): Promise<LongestTasks> => {
  const server = await serveDirectory(distDir);
  const { browser } = await launchBrowser();
  try {
    const pane: number[] = [];
    const read: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const run = await workThrough10000Rows(browser, server.url, { width: 320, height: 600 });
      if (!run.supported) return { paneMs: Number.NaN, readMs: Number.NaN };
      pane.push(run.paneMs);
      read.push(run.readMs);
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    return { paneMs: median(pane), readMs: median(read) };
  } finally {
    await browser.close();
    await server.close();
  }
};
