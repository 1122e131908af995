/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CellText, SourceDocument } from '../../src/core/document';
import { checkDocument } from '../../src/core/check';
import { columnsMissing } from '../../src/core/rules/columnsMissing';
import type { WordSimulatorOptions } from '../../src/simulator/word';
import { App } from '../../src/taskpane/App';
import { RENDER_ALL_UP_TO } from '../../src/taskpane/hooks/useVirtualRows';
import { nl } from '../../src/taskpane/i18n/nl';
import { seedCopy, seedDocument, seedWithout } from '../fixtures/seed';
import expectations from '../fixtures/seed-findings.json';
import { syntheticDocument } from '../fixtures/synthetic';
import { afterOf, beforeOf, plainDocument, tablesOf, withTables } from '../fixtures/plain';
import { openExcel, openWord } from '../support/hosts';

// The page entry starts a Web Worker through webpack (`new URL(…, import.meta.url)`), which
// Jest's CommonJS cannot parse; here the entry gets the check on the calling thread instead.
jest.mock('../../src/taskpane/check/workerChecker', () => ({
  createWorkerChecker: () => jest.requireActual('../../src/taskpane/check/view').inlineChecker,
}));

/**
 * The bad-input matrix: each odd document through the real pane on the real Word host
 * and, where it applies, the Excel host — on Microsoft's own client over the simulated document —
 * with the Dutch sentence the pane must show taken from the nl catalogue.
 */

const ON_STAMP = (): string => '2021-06-19';

const wordPane = (doc: SourceDocument, options: WordSimulatorOptions = {}) => {
  const { sim, host } = openWord(doc, options);
  const view = render(<App host={host} language="nl" checkOnOpen today={ON_STAMP} />);
  return { sim, view };
};

const excelPane = (doc: SourceDocument) => {
  const { sim, host } = openExcel(doc);
  const view = render(<App host={host} language="nl" checkOnOpen today={ON_STAMP} />);
  return { sim, view };
};

/** The error boundary's fallback never shows: bad input is a message, not a crash. */
const expectNoCrash = () => {
  expect(screen.queryByText(nl.crashed)).toBeNull();
};

/** The seed's counts on its own date, from the hand-made expectations (not from the code under test). */
const seedCounts = () => {
  const list = expectations['2021-06-19'] as { severity: 'error' | 'warning' | 'info' }[];
  return {
    error: list.filter((f) => f.severity === 'error').length,
    warning: list.filter((f) => f.severity === 'warning').length,
    info: list.filter((f) => f.severity === 'info').length,
  };
};

const cell = (text: string): string[] => [text];

describe('bad input: no status table to judge', () => {
  it('an empty document: the pane says the document is empty, and offers no fix', async () => {
    wordPane(plainDocument({ tables: [], after: [] }));
    expect(await screen.findByText(nl.reportReason.empty)).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(screen.queryByRole('button', { name: nl.insertHeadings })).toBeNull();
    expect(screen.queryByRole('button', { name: nl.refreshDateStamp })).toBeNull();
    expectNoCrash();
  });

  it('an empty sheet in Excel: no status table on this sheet', async () => {
    excelPane(plainDocument({ tables: [], after: [] }));
    expect(await screen.findByText(nl.noStatusTableOnSheet)).toBeTruthy();
    expectNoCrash();
  });

  it('paragraphs only, no table', async () => {
    wordPane(plainDocument({ before: [], tables: [], after: ['Stand van zaken ondersteuningsmaatregelen', 'Deze week geen tabel.'] }));
    expect(await screen.findByText(nl.reportReason['no-table'])).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
    expectNoCrash();
  });

  it('an unrelated table (a 2×2 price list) is not taken for a status table', async () => {
    const prices: SourceDocument = plainDocument({
      before: ['Prijslijst'],
      tables: [
        [
          [cell('Product'), cell('Prijs')],
          [cell('Koffie'), cell('€ 2,50')],
        ],
      ],
    });
    const { sim } = wordPane(prices);
    expect(await screen.findByText(nl.reportReason['no-status-table'])).toBeTruthy();
    expect(screen.queryByTestId('finding')).toBeNull();
    expect(tablesOf(sim.snapshot())).toEqual(tablesOf(prices));
    expectNoCrash();
  });

  it('the same price list on an Excel sheet', async () => {
    excelPane(plainDocument({ tables: [[[cell('Product'), cell('Prijs')], [cell('Koffie'), cell('€ 2,50')]]], after: [] }));
    // The Excel host reads nothing without a header row of ours: not "empty", but no status table here.
    expect(await screen.findByText(nl.noStatusTableOnSheet)).toBeTruthy();
    expect(screen.queryByText(nl.reportReason.empty)).toBeNull();
    expectNoCrash();
  });
});

describe('bad input: a status table with flaws', () => {
  const threeColumns = (): SourceDocument => {
    const doc = seedCopy();
    // Drop the Trekker column from every row that has it (heading rows keep their one cell).
    return plainDocument(({ before: beforeOf(doc), tables: tablesOf(doc).map((table) => table.map((row) => (row.length === 4 ? row.slice(0, 3) : row))), after: afterOf(doc) }));
  };

  it.each([
    ['Word', (doc: SourceDocument) => wordPane(doc)],
    ['Excel', (doc: SourceDocument) => excelPane(doc)],
  ])('%s: three columns (no Trekker): the columns.missing error, in Dutch', async (_, open) => {
    open(threeColumns());
    const summary = await screen.findByTestId('summary');
    expect(summary.textContent).toMatch(/^[1-9]\d* fout/);
    const group = screen.getAllByTestId('finding-group').find((g) => g.getAttribute('aria-label') === columnsMissing.title.nl);
    expect(group).toBeDefined();
    const findings = within(group as HTMLElement).getAllByTestId('finding');
    expect(findings).toHaveLength(1);
    // It sits under the errors.
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toMatch(new RegExp(`^${nl.severityGroup.error} \\(`));
    expect(findings[0]?.textContent).toContain('De kolom “Trekker” ontbreekt in de kopregel.');
    expectNoCrash();
  });

  it('ragged rows (a row of two cells, a row of six): checked, the short row flagged for its missing planning', async () => {
    const doc = seedCopy();
    const table = tablesOf(doc)[0] as CellText[][];
    // Row 3 is 4.2.3 (header, HUISVESTING, 4.2.1, 4.2.3), which has a planning in the seed.
    const short = table[3] as CellText[];
    expect(short[0]?.[0]).toMatch(/^4\.2\.3/);
    expect(short[2]?.join(' ').trim()).not.toBe('');
    table[3] = short.slice(0, 2);
    const long = table[2] as CellText[];
    table[2] = [...long, cell('extra'), cell('nog een')];
    wordPane(withTables(doc, [table, ...tablesOf(doc).slice(1)]));
    await screen.findByTestId('summary');
    const flagged = screen.getAllByTestId('finding').filter((f) => /4\.2\.3/.test(f.textContent ?? ''));
    expect(flagged.some((f) => f.textContent?.includes('heeft geen planning'))).toBe(true);
    expectNoCrash();
  });

  it('a heading row that is not merged (its text in the first cell, three empty cells) checks like a merged one', async () => {
    const doc = seedCopy();
    const tables = tablesOf(doc).map((table) =>
      table.map((row): CellText[] => (row.length === 1 && row[0]?.[0] === 'INBURGERING' ? [cell('INBURGERING'), [], [], []] : row)),
    );
    expect(tables.flat().some((row) => row.length === 4 && row[0]?.[0] === 'INBURGERING')).toBe(true);
    const { sim } = wordPane(withTables(doc, tables));
    expect((await screen.findByTestId('summary')).textContent).toBe(nl.summary(seedCounts()));
    expect(screen.getAllByTestId('finding').some((f) => f.textContent?.includes('“INBURGERING”'))).toBe(false);
    expect(tablesOf(sim.snapshot()).flat().some((row) => row.length === 4 && row[0]?.[0] === 'INBURGERING')).toBe(true);
    expectNoCrash();
  });

  it('markup in a cell (<script>, <img onerror>) is shown as text; no element is made from it', async () => {
    const doc = seedCopy();
    const table = tablesOf(doc)[0] as CellText[][];
    const script = '<script>window.__pwned = "script"</script>';
    const img = '<img src="x" onerror="window.__pwned = \'img\'">';
    // 4.2.1: title with a script tag; its trekker an image tag (an unknown trekker: the finding quotes it).
    table[2] = [cell(`4.2.1. Tussenvoorzieningen ${script}`), cell('Loopt.'), [], cell(img)];
    const { view } = wordPane(withTables(doc, [table, ...tablesOf(doc).slice(1)]));
    await screen.findByTestId('summary');
    const quoting = screen.getAllByTestId('finding').filter((f) => f.textContent?.includes(img));
    expect(quoting.length).toBeGreaterThan(0);
    expect(view.container.querySelectorAll('img, script, iframe, object')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined();
    expectNoCrash();
  });
});

describe('bad input: a large table', () => {
  // 10,000 rows in tables of 50 (the header row repeats), as long documents are split.
  const doc = syntheticDocument(10_000, 7);
  const rows = tablesOf(doc).reduce((n, table) => n + table.length, 0);
  const headingRows = tablesOf(doc).flat().filter((row) => row.length === 1).length;
  const headerRows = tablesOf(doc).length;

  it('10,000 rows: renders, the counts are right, long groups start folded and render only what is in view', async () => {
    expect(rows).toBeGreaterThanOrEqual(10_000);
    // Counts of the core check on the document as written; the pane shows what the host read.
    const expected = checkDocument(doc, { today: ON_STAMP() });
    if (!expected.ok) throw new Error('the synthetic document has a status table');
    const { sim } = wordPane(doc);
    // No time limit beyond the test's own: how long a check takes is the bench's figure, and a
    // shared machine's load must not fail a test of behaviour.
    const summary = await screen.findByTestId('summary', {}, { timeout: 100_000 });
    expect(summary.textContent).toBe(nl.summary(expected.counts));
    expect(screen.getByText(new RegExp(`^${nl.stats(rows, rows - headingRows - headerRows)}`))).toBeTruthy();

    // Severities open, their groups folded (each says its full count): no finding rendered yet.
    const total = expected.counts.error + expected.counts.warning + expected.counts.info;
    const groupToggles = screen.getAllByRole('heading', { level: 3 }).map((h) => within(h).getByRole('button'));
    const counted = groupToggles.reduce((n, b) => n + Number(/\(([\d.,]+)\)$/.exec(b.textContent ?? '')?.[1]?.replace(/\D/g, '')), 0);
    expect(counted).toBe(total);
    const big = groupToggles.find((b) => b.getAttribute('aria-expanded') === 'false') as HTMLElement;
    expect(big).toBeDefined();

    // Opened, the biggest group renders a window of it; each item knows its place in the whole group.
    fireEvent.click(big);
    const size = Number(/\(([\d.,]+)\)$/.exec(big.textContent ?? '')?.[1]?.replace(/\D/g, ''));
    expect(size).toBeGreaterThan(RENDER_ALL_UP_TO);
    const items = screen.getAllByRole('listitem').filter((li) => li.getAttribute('aria-setsize') === String(size));
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(size);
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');

    // Still usable: a finding selects its cell.
    fireEvent.click(within(items.at(-1) as HTMLElement).getByTestId('finding'));
    await waitFor(() => expect(sim.selection()).toBeDefined());
    expectNoCrash();
  }, 120_000);
});

describe('bad input: what the host refuses', () => {
  it('a protected document: the fix is refused with the Dutch message, and the document stays as it was', async () => {
    const doc = seedWithout('INBURGERING');
    const { sim } = wordPane(doc, { protection: 'AllowOnlyReading' });
    await screen.findByTestId('summary');
    const before = sim.snapshot();
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(nl.errorTitle);
    expect(alert.textContent).toContain(nl.hostError.protected);
    expect(sim.snapshot()).toEqual(before);
    fireEvent.click(within(alert).getByRole('button', { name: nl.dismiss }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // Refused once, the pane offers the fix no more, and says why.
    expect(screen.getByRole('button', { name: nl.insertHeadings }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('read-only').textContent).toContain(nl.protectedReason);
    expect(sim.snapshot()).toEqual(before);
    expectNoCrash();
  });

  it('Word without WordApi 1.3: a clear message naming the set, and no half-made pane', async () => {
    wordPane(seedDocument, { requirementSets: { WordApi: '1.2' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(nl.requirementMissing('WordApi 1.3'));
    expect(screen.queryByTestId('summary')).toBeNull();
    expectNoCrash();
  });

  it('Word with WordApi 1.3 (no merging): the heading is inserted unmerged, and the pane says so', async () => {
    const { sim } = wordPane(seedWithout('INBURGERING'), { requirementSets: { WordApi: '1.3' } });
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain(nl.headingInserted('INBURGERING'));
    expect(report.textContent).toContain(nl.noteHeadingNotMerged);
    const rows = tablesOf(sim.snapshot()).flat();
    const inserted = rows.find((row) => row[0]?.join('').trim() === 'INBURGERING');
    expect(inserted).toBeDefined();
    expect((inserted as CellText[]).length).toBe(4);
    expectNoCrash();
  });
});

describe('bad input: no Office at all', () => {
  const saved = Object.getOwnPropertyDescriptor(window.navigator, 'language');
  // The tests above loaded Microsoft's client into this page; here Office is absent or another application's.
  beforeAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
  afterEach(() => {
    document.body.innerHTML = '';
    if (saved) Object.defineProperty(window.navigator, 'language', saved);
    delete (globalThis as { Office?: unknown }).Office;
  });

  // Each test loads the whole pane afresh (an isolated module registry): seconds on a busy machine.
  const ENTRY_TIMEOUT_MS = 30_000;

  /** Runs the page's entry script (src/taskpane/index.tsx) on a fresh #root, as taskpane.html does. */
  const loadEntry = async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await jest.isolateModulesAsync(async () => {
      // The entry renders with its own copy of React (a fresh module registry): its act, not ours.
      const isolated = await import('react');
      await isolated.act(async () => {
        await import('../../src/taskpane/index');
      });
    });
  };

  it('office.js did not load: the entry says, in Dutch, that the pane works only in Word or Excel', async () => {
    Object.defineProperty(window.navigator, 'language', { value: 'nl-NL', configurable: true });
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    await loadEntry();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(nl.noOffice);
    expect(alert.textContent).toContain(nl.noOfficeHint);
    expectNoCrash();
  }, ENTRY_TIMEOUT_MS);

  it('Office loaded in another application (Outlook): the same message', async () => {
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Word: 'Word', Excel: 'Excel', Outlook: 'Outlook' },
      context: { displayLanguage: 'nl-NL' },
      onReady: (callback: (info: { host: string }) => void) => {
        callback({ host: 'Outlook' });
        return Promise.resolve({ host: 'Outlook' });
      },
    };
    await loadEntry();
    expect((await screen.findByRole('alert')).textContent).toContain(nl.noOffice);
    expectNoCrash();
  }, ENTRY_TIMEOUT_MS);

  it('Office says Word, but the Word API is missing: the no-office message of the host', async () => {
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Word: 'Word', Excel: 'Excel' },
      context: { displayLanguage: 'nl-NL' },
      onReady: (callback: (info: { host: string }) => void) => {
        callback({ host: 'Word' });
        return Promise.resolve({ host: 'Word' });
      },
    };
    await loadEntry();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(nl.hostError['no-office']);
    expectNoCrash();
  }, ENTRY_TIMEOUT_MS);
});
