#!/usr/bin/env node
/**
 * The pane in headless Chromium, as a person uses it: the preview build's preview page (the
 * production bundle of the real pane, on Microsoft's own Word/Excel client over the simulated
 * document) served from
 * build/preview/ by a tiny static server. The production dist/ has no preview page; test/deploy
 * tests that one behind a real web server.
 *
 *   node test/e2e/run.mjs            # build (webpack --mode production --env preview), then test
 *   node test/e2e/run.mjs --no-build # test the build/preview/ that is there
 *
 * The browser is found by scripts/browser.mjs (CHROMIUM, Debian's chromium, or an installed Chrome
 * or Edge); without one this prints one line saying how to get one and exits 1. Saves
 * docs/screenshot.png. Prints "N passed, N failed" and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, MissingBrowser } from '../../scripts/browser.mjs';
import { serveDirectory } from '../../scripts/static-server.mjs';

/** Every row of every table of a document the page's simulator reports. */
const rowsOf = (doc) => doc.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'build/preview');

// The browser first: without one this fails at once, in one line, before building.
const launched = await launchBrowser().catch((error) => {
  if (!(error instanceof MissingBrowser)) throw error;
  console.error(`e2e: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
const { browser } = launched;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', 'preview'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    await browser.close();
    console.error('e2e: the production build failed');
    process.exit(1);
  }
}

const server = await serveDirectory(dist);
const base = server.url;

const results = [];
const problems = [];
/** Requests a page tried to make beyond the test server, by page. */
const outside = [];

/** A fresh page that records script errors and CSP violations, and never reaches the network. */
const open = async (path) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    outside.push({ path, url: route.request().url() });
    return route.abort();
  });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`${path}: ${message.text()}`);
    }
  });
  await page.goto(`${base}/${path}`);
  return { page, context };
};

const test = async (name, body) => {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n    ') : error}`);
  }
};

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

const summaryCounts = async (page) => {
  const text = await page.getByTestId('summary').textContent({ timeout: 15_000 });
  const match = /(\d+) fouten? · (\d+) waarschuwingen? · (\d+) info/.exec(text ?? '');
  expect(match, `summary reads "${text}"`);
  return { text, total: Number(match[1]) + Number(match[2]) + Number(match[3]), errors: Number(match[1]) };
};

const documentState = (page) =>
  page.evaluate(() => {
    const simulated = window.__statustabelSimulator;
    return { selection: simulated.selection, snapshot: simulated.snapshot(), syncCount: simulated.syncCount };
  });

/** The document is on screen once the pane's Office start-up (the client, onReady) is done. */
const ready = (page) => page.waitForFunction(() => window.__statustabelSimulator !== undefined, undefined, { timeout: 15_000 });

console.log(`e2e: ${base} with ${launched.name}`);

await test('the preview page says it is a preview on a test double, not Office', async () => {
  const { page, context } = await open('preview.html');
  await ready(page);
  const banner = await page.getByRole('banner').textContent();
  expect(banner?.includes('Voorbeeld — dit is geen Office'), `banner: ${banner}`);
  expect(banner?.includes('testdubbel van Word'), 'names the Word double');
  expect(await page.locator('[data-cell="1:1:0"]').textContent() === 'HUISVESTING', 'fake document shows the seed');
  await context.close();
});

await test('"Controleren" lists findings; clicking one selects its cell in the document', async () => {
  const { page, context } = await open('preview.html');
  await page.getByRole('button', { name: 'Controleren', exact: true }).click();
  const { total } = await summaryCounts(page);
  const findings = page.getByTestId('finding');
  expect((await findings.count()) === total, `finding count ${await findings.count()} ≠ summary total ${total}`);
  expect(total >= 6, `the seed has at least its six findings, got ${total}`);
  const planning421 = findings.filter({ hasText: 'Maatregel 4.2.1 heeft geen planning' });
  expect((await planning421.count()) === 1, 'the missing planning of 4.2.1 is listed');
  await planning421.click();
  await page.waitForFunction(() => window.__statustabelSimulator.selection !== undefined);
  const { selection } = await documentState(page);
  // 4.2.1 is row 2 of the first table, block 1 (header, HUISVESTING, 4.2.1); planning is its third column.
  expect(JSON.stringify(selection) === JSON.stringify({ block: 1, row: 2, column: 2 }), `selection ${JSON.stringify(selection)}`);
  // The page redraws once the host's select() has returned (after the document changed).
  await page.locator('[data-cell="1:2:2"].selected').waitFor({ timeout: 5_000 });
  expect(await page.locator('[data-cell="1:2:2"].selected').count() === 1, 'the document on the page marks the selected cell');
  await context.close();
});

await test('a finding is selected with the keyboard alone (Tab to it, Enter)', async () => {
  const { page, context } = await open('preview.html?view=check');
  await summaryCounts(page);
  const first = page.getByTestId('finding').first();
  // Tab through the pane until the first finding has focus.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await first.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the first finding is reachable with Tab');
  // Fluent draws the focus ring as a 2px border on the ::after box, or the browser's outline.
  const ring = await first.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return { after: `${after.borderTopStyle} ${after.borderTopWidth}`, outline: getComputedStyle(el).outlineStyle };
  });
  expect(ring.after.startsWith('solid 2px') || !['none', ''].includes(ring.outline), `focus is visible (${JSON.stringify(ring)})`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__statustabelSimulator.selection !== undefined);
  await context.close();
});

await test('"Koppen invoegen" on the seed without INBURGERING inserts it and says so', async () => {
  const { page, context } = await open('preview.html?variant=no-inburgering');
  await ready(page);
  expect(rowsOf((await documentState(page)).snapshot).every((row) => row.cells[0]?.paragraphs[0] !== 'INBURGERING'), 'variant lacks it');
  await page.getByRole('button', { name: 'Controleren', exact: true }).click();
  await summaryCounts(page);
  const missing = page.getByTestId('finding').filter({ hasText: '“INBURGERING” (hoofdstuk 7) ontbreekt' });
  expect((await missing.count()) === 1, 'the missing heading is reported');
  await page.getByRole('button', { name: 'Koppen invoegen' }).click();
  const report = page.getByTestId('change-report');
  await report.waitFor({ timeout: 15_000 });
  expect((await report.textContent())?.includes('Kop “INBURGERING” ingevoegd.'), `change report: ${await report.textContent()}`);
  const { snapshot } = await documentState(page);
  // Microsoft's client 1.1.110 has no Table.mergeCells: the heading goes in the row's first cell.
  expect(
    rowsOf(snapshot).some((row) => row.cells[0]?.paragraphs[0] === 'INBURGERING' && row.cells.slice(1).every((cell) => cell.paragraphs.join('') === '')),
    'the document holds the heading row',
  );
  await page.waitForFunction(
    () => ![...document.querySelectorAll('[data-testid="finding"]')].some((f) => f.textContent?.includes('“INBURGERING” (hoofdstuk 7)')),
    undefined,
    { timeout: 15_000 },
  );
  const inserted = page.locator('td', { hasText: /^INBURGERING$/ });
  expect(await inserted.count() === 1, 'the document on the page shows it');
  // The picture for the README: the inserted heading in the document, the pane saying so.
  await inserted.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await inserted.evaluate((el) => el.classList.add('selected'));
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs/screenshot.png'), fullPage: false });
  await context.close();
});

await test('"Datum bijwerken" sets the stamp to today', async () => {
  const { page, context } = await open('preview.html?view=check');
  await summaryCounts(page);
  await page.getByRole('button', { name: 'Datum bijwerken' }).click();
  const report = page.getByTestId('change-report');
  await report.waitFor({ timeout: 15_000 });
  const { snapshot } = await documentState(page);
  const stamp = snapshot.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).findLast((p) => /\d{4}/.test(p)) ?? '';
  expect(stamp !== '19 juni 2021', 'the stamp changed');
  expect((await report.textContent())?.includes(`“${stamp}”`), `report names the new stamp "${stamp}"`);
  await context.close();
});

await test('the pane runs on Excel too', async () => {
  const { page, context } = await open('preview.html?host=excel&view=check');
  const { total } = await summaryCounts(page);
  expect(total >= 6, `findings on Excel: ${total}`);
  await page.getByTestId('finding').filter({ hasText: 'Maatregel 4.2.1 heeft geen planning' }).click();
  await page.waitForFunction(() => typeof window.__statustabelSimulator.selection === 'string');
  const { selection } = await documentState(page);
  expect(/^[A-Z]+\d+/.test(selection), `Excel selection ${selection}`);
  await context.close();
});

await test('English when asked', async () => {
  const { page, context } = await open('preview.html?lang=en');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const text = await page.getByTestId('summary').textContent({ timeout: 15_000 });
  expect(/\d+ errors? · \d+ warnings? · \d+ info/.test(text ?? ''), `summary ${text}`);
  await context.close();
});

await test('an empty document gets a clear message, not a blank pane', async () => {
  const { page, context } = await open('preview.html?empty=1&view=check');
  await page.getByText('Het document is leeg.').first().waitFor({ timeout: 15_000 });
  await context.close();
});

await test('a protected document: the fix is refused with a clear message', async () => {
  const { page, context } = await open('preview.html?protected=1&variant=no-inburgering&view=check');
  await summaryCounts(page);
  await page.getByRole('button', { name: 'Koppen invoegen' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  expect((await alert.textContent())?.includes('beveiligd'), `alert: ${await alert.textContent()}`);
  await context.close();
});

await test('taskpane.html outside Office says so in Dutch (Office CDN unreachable)', async () => {
  const { page, context } = await open('taskpane.html?view=check');
  await page.getByText('Dit paneel werkt alleen in Word of Excel.').waitFor({ timeout: 15_000 });
  await context.close();
});

await test('no script error and no Content-Security-Policy violation on any page', async () => {
  expect(problems.length === 0, problems.join('\n'));
});

await test('the pane makes no network request of its own (only taskpane.html asks the Office CDN for office.js)', async () => {
  const unexpected = outside.filter(({ path, url }) => !(path.startsWith('taskpane.html') && url.startsWith('https://appsforoffice.microsoft.com/')));
  expect(unexpected.length === 0, unexpected.map(({ path, url }) => `${path} → ${url}`).join('\n'));
});

await test('every page carries a strict Content-Security-Policy and no inline script', async () => {
  for (const name of ['taskpane.html', 'commands.html', 'dialog.html', 'preview.html']) {
    const html = readFileSync(join(dist, name), 'utf8');
    // The production HTML is minified: attribute quotes are optional.
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
    // The Office CDN, and the one file Office.js loads from elsewhere (webpack.config.js says why).
    const allowed = ["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js'];
    expect(scriptSrc.length > 0 && scriptSrc.every((source) => allowed.includes(source)), `${name}: script-src ${scriptSrc.join(' ')}`);
    expect(!/unsafe-eval|unsafe-inline/.test(/script-src [^;]+/.exec(policy)?.[0] ?? ''), `${name}: script-src allows unsafe code`);
    expect(/default-src 'self'/.test(policy) && /object-src 'none'/.test(policy), `${name}: policy ${policy}`);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim() !== '');
    expect(inline.length === 0, `${name}: inline script ${inline.map(([tag]) => tag.slice(0, 80)).join(', ')}`);
  }
});

await browser.close();
await server.close();

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
