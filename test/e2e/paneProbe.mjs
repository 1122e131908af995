// What the e2e test and the benchmark both measure on the pane in headless Chromium: the
// longest main-thread task while a person works through 10,000 rows' findings.

/** Records every long task (Long Tasks API) from the first script on; read back with takeLongTasks. */
export const recordLongTasks = (page) =>
  page.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: the caller sees no tasks and says so.
    }
  });

/**
 * The long tasks so far, each said to be the host's reading when it overlaps a span the pane
 * marked "statustabel-read": there the document is read through the host (in Office, Office.js
 * unpacking Word's or Excel's answer; in the preview, the test double playing Word too), which
 * the pane cannot move off its thread. Everything else is the pane's own work.
 */
export const takeLongTasks = (page) =>
  page.evaluate(() => {
    const reads = performance.getEntriesByName('statustabel-read').map((m) => [m.startTime, m.startTime + m.duration]);
    const tasks = (window.__longTasks ?? []).splice(0).map((t) => ({
      start: Math.round(t.start),
      duration: Math.round(t.duration),
      read: reads.some(([from, to]) => t.start < to && t.start + t.duration > from),
    }));
    return tasks;
  });

/** Lets the page settle: no check running, two frames drawn. */
const settle = async (page) => {
  await page.waitForFunction(() => !document.querySelector('.st-spinner'), undefined, { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
};

/**
 * Opens the pane alone on a synthetic 10,000-row table (Dutch), waits for the results, then
 * re-checks, opens the filter, regroups both ways, filters by severity and by trekker, expands
 * the biggest group, scrolls through it, collapses it. Resolves to the tasks of each step.
 */
export const workThrough10000Rows = async (browser, base, { width = 320, height = 600 } = {}) => {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await recordLongTasks(page);
    await page.goto(`${base}/preview.html?pane=only&rows=10000`);
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    await settle(page);
    const steps = [{ step: 'open and first check', tasks: await takeLongTasks(page) }];
    const step = async (name, act) => {
      await act();
      await settle(page);
      steps.push({ step: name, tasks: await takeLongTasks(page) });
    };
    await step('re-check', () => page.getByRole('button', { name: 'Opnieuw controleren' }).click());
    await step('open the filter', () => page.getByRole('button', { name: /^Filteren/ }).click());
    await step('regroup by section', () => page.getByRole('combobox', { name: 'Groeperen per' }).selectOption('section'));
    await step('regroup by rule', () => page.getByRole('combobox', { name: 'Groeperen per' }).selectOption('rule'));
    await step('filter: warnings', () => page.getByRole('combobox', { name: 'Ernst' }).selectOption('warning'));
    await step('filter: all', () => page.getByRole('combobox', { name: 'Ernst' }).selectOption({ index: 0 }));
    await step('filter: trekker BZK', () => page.getByRole('combobox', { name: 'Trekker' }).selectOption('BZK'));
    await step('filter: every trekker', () => page.getByRole('combobox', { name: 'Trekker' }).selectOption({ index: 0 }));
    const biggest = async () => {
      const toggles = page.locator('.st-group-head button');
      const counts = await toggles.evaluateAll((buttons) =>
        buttons.map((b) => Number((/\(([\d.]+)\)$/.exec(b.textContent ?? '')?.[1] ?? '0').replace(/\./g, ''))),
      );
      return toggles.nth(counts.indexOf(Math.max(...counts)));
    };
    const group = await biggest();
    await step('expand the biggest group', () => group.click());
    await step('scroll through it', async () => {
      for (let i = 0; i < 6; i += 1) {
        await page.mouse.wheel(0, 40_000);
        await page.waitForTimeout(50);
      }
    });
    await step('scroll back up', () => page.evaluate(() => window.scrollTo(0, 0)));
    await step('collapse it', () => group.click());
    const all = steps.flatMap((s) => s.tasks.map((t) => ({ ...t, step: s.step })));
    const own = all.filter((t) => !t.read && t.step !== 'open and first check');
    return {
      steps,
      /** The longest task of the pane's own work while the person worked (opening the page aside). */
      paneMs: Math.max(0, ...own.map((t) => t.duration)),
      /** The longest task while the host read the document. */
      readMs: Math.max(0, ...all.filter((t) => t.read).map((t) => t.duration)),
      supported: await page.evaluate(() => PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false),
    };
  } finally {
    await context.close();
  }
};
