/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SourceDocument } from '../../src/core/document';
import { HostError, type HostErrorCode } from '../../src/hosts/host';
import { App } from '../../src/taskpane/App';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';
import { seedCopy, seedDocument, seedWithout } from '../fixtures/seed';
import expectations from '../fixtures/seed-findings.json';
import { createMemoryHost, type MemoryHost } from './memoryHost';
import { afterOf, appendRow, plainDocument, setCellText, tablesOf } from '../fixtures/plain';

const ON_STAMP = (): string => '2021-06-19';
const LATER = (): string => '2026-11-24';

/** Counts derived by hand from the seed (test/fixtures/seed-findings.json), not by the code under test. */
const expectedCounts = (date: '2021-06-19' | '2026-11-24') => {
  const list = expectations[date] as { severity: 'error' | 'warning' | 'info' }[];
  return {
    error: list.filter((f) => f.severity === 'error').length,
    warning: list.filter((f) => f.severity === 'warning').length,
    info: list.filter((f) => f.severity === 'info').length,
  };
};

const renderPane = (host: MemoryHost | undefined, props: Partial<Parameters<typeof App>[0]> = {}) =>
  render(<App host={host} language="nl" checkOnOpen today={ON_STAMP} liveDelayMs={30} {...props} />);

const summary = async (): Promise<string> => (await screen.findByTestId('summary')).textContent ?? '';

describe('task pane', () => {
  it('checks on opening and shows the counts of the seed', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    const counts = expectedCounts('2021-06-19');
    expect(counts).toEqual({ error: 0, warning: 3, info: 3 });
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    expect(screen.getAllByTestId('finding')).toHaveLength(counts.error + counts.warning + counts.info);
  });

  it('counts past-due planning as errors against a later today', async () => {
    renderPane(createMemoryHost(seedDocument), { today: LATER });
    const counts = expectedCounts('2026-11-24');
    const text = await summary();
    expect(text).toContain(`${counts.error} fouten`);
    expect(text).toContain(`${counts.warning} waarschuwingen`);
  });

  it('waits for "Controleren" when not opened on the results', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host, { checkOnOpen: false });
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(host.reads).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    expect(host.reads).toBe(1);
  });

  it('shows each finding with its measure, its Dutch message and the deciding words', async () => {
    const doc = seedCopy();
    // 4.2.1's trekker becomes one nobody knows: the finding quotes it.
    setCellText(doc, 0, 2, 3, ['Ministerie van Wonderen']);
    renderPane(createMemoryHost(doc));
    await summary();
    const finding = screen.getAllByTestId('finding').find((f) => f.textContent?.includes('Ministerie van Wonderen'));
    expect(finding).toBeDefined();
    expect(finding?.textContent).toContain('4.2.1');
    expect(finding?.textContent).toContain('noemt geen bekende organisatie');
    expect(finding?.textContent).toContain('Woorden in het document: Ministerie van Wonderen');
  });

  it('groups by rule, and by section when toggled', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    const titles = () => screen.getAllByTestId('finding-group').map((g) => g.getAttribute('aria-label'));
    expect(titles()).toEqual(['Planning ontbreekt', 'Nummering met en zonder punt']);
    fireEvent.click(screen.getByRole('radio', { name: 'Hoofdstuk' }));
    // 4.2.1/4.2.3/4.2.5 sit under HUISVESTING, 5.2.3 under OPVANG KORTE TERMIJN, 7.2 under INBURGERING, 8.2.1 under ONDERSTEUNING…
    expect(titles()).toEqual([
      'HUISVESTING',
      'OPVANG KORTE TERMIJN',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
      'INBURGERING',
    ]);
    const huisvesting = screen.getAllByTestId('finding-group')[0] as HTMLElement;
    expect(within(huisvesting).getAllByTestId('finding')).toHaveLength(3);
  });

  it('selects the cell of a finding when it is clicked; findings are real buttons (Enter, Space)', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    await summary();
    const finding = screen.getAllByTestId('finding').find((f) => f.textContent?.includes('4.2.1'));
    expect(finding?.tagName).toBe('BUTTON');
    fireEvent.click(finding as HTMLElement);
    // 4.2.1 is row 2 of the first table, block 1 (header, HUISVESTING, 4.2.1); planning is its third column.
    await waitFor(() => expect(host.selections).toEqual([{ block: 1, row: 2, column: 2 }]));
  });

  it('inserts the missing heading, says what it inserted, and checks again', async () => {
    const host = createMemoryHost(seedWithout('INBURGERING'));
    renderPane(host);
    await summary();
    expect(screen.getAllByTestId('finding').some((f) => f.textContent?.includes('INBURGERING'))).toBe(true);
    const readsBefore = host.reads;
    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain('Kop “INBURGERING” ingevoegd.');
    expect(tablesOf(host.doc).flat().some((row) => row.length === 1 && row[0]?.[0] === 'INBURGERING')).toBe(true);
    await waitFor(() => expect(host.reads).toBeGreaterThan(readsBefore + 1));
    await waitFor(() =>
      expect(screen.getAllByTestId('finding').some((f) => f.textContent?.includes('“INBURGERING”'))).toBe(false),
    );
  });

  it('reports a heading that could not be merged', async () => {
    const host = createMemoryHost(seedWithout('HUISVESTING'));
    host.notes = ['heading-not-merged'];
    renderPane(host);
    await summary();
    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain('Kop “HUISVESTING” ingevoegd.');
    expect(report.textContent).toContain('konden niet worden samengevoegd');
  });

  it('says nothing was inserted when every heading is there', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    await summary();
    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    expect((await screen.findByTestId('change-report')).textContent).toContain('Alle standaardkoppen staan er al');
  });

  it('sets the date stamp to today and shows the new text', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host, { today: LATER });
    await summary();
    fireEvent.click(screen.getByRole('button', { name: 'Datum bijwerken' }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain('Datum onder de tabel gezet op “24 november 2026”.');
    expect(afterOf(host.doc)).toEqual(['24 november 2026']);
  });

  it('refuses to write over a co-author’s change and says so', async () => {
    const host = createMemoryHost(seedWithout('INBURGERING'));
    renderPane(host, { liveDelayMs: 60_000 });
    await summary();
    // A co-author adds a row after the check; the pane's basis is now stale.
    const changed = seedWithout('INBURGERING');
    appendRow(changed, 2, [['7.9 Nieuw'], ['x'], ['N.v.t.'], ['BZK']]);
    host.doc = changed;
    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Het document is gewijzigd sinds de laatste controle');
    expect(tablesOf(host.doc).flat().some((row) => row[0]?.[0] === 'INBURGERING')).toBe(false);
  });

  const codes: HostErrorCode[] = ['no-office', 'requirement-missing', 'protected', 'changed', 'no-status-table', 'busy', 'failed'];
  it.each(codes)('shows a message for host error %s, not a blank pane', async (code) => {
    const host = createMemoryHost(seedDocument);
    host.failNext.read = new HostError(code, code === 'requirement-missing' ? 'WordApi 1.3' : undefined);
    renderPane(host);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dat lukte niet');
    expect(alert.textContent?.length).toBeGreaterThan(40);
    if (code === 'requirement-missing') expect(alert.textContent).toContain('WordApi 1.3');
    expect(screen.getByRole('button', { name: 'Controleren' })).toBeTruthy();
  });

  it('shows an unexpected error as a message too', async () => {
    const host = createMemoryHost(seedDocument);
    host.failNext.read = new TypeError('kapot');
    renderPane(host);
    expect((await screen.findByRole('alert')).textContent).toContain('Er ging iets onverwachts mis.');
  });

  it.each([
    [plainDocument({ tables: [], after: [] }), 'Het document is leeg.'],
    [plainDocument({ tables: [], after: ['Alleen tekst'] }), 'Het document bevat geen tabel.'],
    [plainDocument({ tables: [[[['a'], ['b']], [['c'], ['d']]]], after: [] }), 'Geen statustabel gevonden'],
  ] as [SourceDocument, string][])('explains a document without a status table', async (doc, text) => {
    renderPane(createMemoryHost(doc));
    expect((await screen.findByText(new RegExp(text))).textContent).toContain(text);
    expect(screen.queryByTestId('summary')).toBeNull();
    expect((screen.getByRole('button', { name: 'Koppen invoegen' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows document text as text: HTML in a cell is never markup', async () => {
    const doc = seedCopy();
    setCellText(doc, 0, 2, 3, ['<img src=x onerror="window.__pwned=1">']);
    setCellText(doc, 0, 3, 3, ['<script>window.__pwned=2</script>']);
    const { container } = renderPane(createMemoryHost(doc));
    await summary();
    const text = container.textContent ?? '';
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks English when Office does', async () => {
    renderPane(createMemoryHost(seedDocument), { language: 'en' });
    expect(await summary()).toBe('0 errors · 3 warnings · 3 info');
    expect(screen.getByRole('button', { name: 'Insert headings' })).toBeTruthy();
    expect(screen.getAllByTestId('finding').some((f) => f.textContent?.includes('Measure 4.2.1'))).toBe(true);
    expect(screen.queryByText('Controleren')).toBeNull();
  });

  it('saves the settings in the document and checks again with them', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Nummering met en zonder punt' }));
    fireEvent.click(screen.getByRole('radio', { name: 'De datum onder de tabel' }));
    fireEvent.click(screen.getByRole('button', { name: 'BZK verwijderen' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Nieuwe trekker' }), { target: { value: 'Rijkswaterstaat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan in het document' }));
    await screen.findByText('Instellingen opgeslagen in het document.');
    expect(host.savedSettings).toHaveLength(1);
    const saved = host.savedSettings[0];
    expect(saved?.disabledRules).toEqual(['measure.number-style']);
    expect(saved?.referenceDate).toBe('datestamp');
    expect(saved?.knownTrekkers).toContain('Rijkswaterstaat');
    expect(saved?.knownTrekkers).not.toContain('BZK');
    fireEvent.click(screen.getByRole('tab', { name: 'Resultaten' }));
    // Number style off: no info; BZK unknown now: each BZK-led measure becomes a warning.
    await waitFor(async () => expect(await summary()).toMatch(/^0 fouten · \d+ waarschuwingen · 0 info$/));
    expect(Number((await summary()).match(/(\d+) waarschuwingen/)?.[1])).toBeGreaterThan(3);
  });

  it('uses the settings stored in the document', async () => {
    const host = createMemoryHost(seedDocument);
    host.stored = { disabledRules: ['planning.missing'] };
    renderPane(host);
    expect(await summary()).toBe('0 fouten · 0 waarschuwingen · 3 info');
  });

  it('checks again by itself after a change, and not when switched off', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    act(() => host.edit(seedWithout('INBURGERING')));
    // One heading missing now: one error more.
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^1 fout · /));
    const after = screen.getByTestId('summary').textContent;
    const reads = host.reads;
    fireEvent.click(screen.getByRole('switch'));
    act(() => host.edit(seedDocument));
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
    expect(host.reads).toBe(reads);
    expect(screen.getByTestId('summary').textContent).toBe(after);
  });

  it('debounces a burst of changes into one re-check', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host, { liveDelayMs: 80 });
    await summary();
    const reads = host.reads;
    act(() => {
      for (let i = 0; i < 5; i += 1) host.edit(seedDocument);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(host.reads).toBe(reads + 1);
  });

  it('shows a spinner while the check runs', async () => {
    const host = createMemoryHost(seedDocument);
    let release: () => void = () => undefined;
    const read = host.read.bind(host);
    host.read = () => new Promise((resolve) => (release = () => void read().then(resolve)));
    renderPane(host);
    expect(await screen.findByText('Bezig met controleren…')).toBeTruthy();
    act(() => release());
    await summary();
    expect(screen.queryByText('Bezig met controleren…')).toBeNull();
  });

  it('tells a plain browser, in Dutch, that it needs Word or Excel', () => {
    render(<App host={undefined} language="nl" />);
    expect(screen.getByRole('alert').textContent).toContain('Dit paneel werkt alleen in Word of Excel.');
  });

  it('catches a render error instead of going blank', () => {
    const Boom = (): never => {
      throw new Error('render failed');
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary fallback={() => <p>hersteld</p>}>
        <Boom />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    expect(screen.getByText('hersteld')).toBeTruthy();
  });

  it('shows a failed selection as a message', async () => {
    const host = createMemoryHost(seedDocument);
    host.failNext.select = new HostError('busy');
    renderPane(host);
    await summary();
    fireEvent.click(screen.getAllByTestId('finding')[0] as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toContain('Office is even bezig');
  });
});
