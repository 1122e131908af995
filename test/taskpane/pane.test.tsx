/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SourceDocument } from '../../src/core/document';
import { HostError, type HostErrorCode } from '../../src/hosts/host';
import { App } from '../../src/taskpane/App';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';
import { en } from '../../src/app/i18n/en';
import { nl } from '../../src/app/i18n/nl';
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
  render(<App host={host} language="nl" today={ON_STAMP} liveDelayMs={30} {...props} />);

const summary = async (): Promise<string> => (await screen.findByTestId('summary')).textContent ?? '';

const findingWith = (text: string): HTMLElement | undefined =>
  screen.getAllByTestId('finding').find((f) => f.textContent?.includes(text));

/** The name a focused element is announced by (its label, its labelling title, or its text). */
const focusedName = (): string => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '';
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  return el.getAttribute('aria-label') ?? el.textContent ?? '';
};

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('task pane: results first', () => {
  it('opens with the check already run and shows the counts of the seed', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    const counts = expectedCounts('2021-06-19');
    expect(counts).toEqual({ error: 0, warning: 3, info: 3 });
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    expect(screen.getAllByTestId('finding')).toHaveLength(counts.error + counts.warning + counts.info);
    expect(host.reads).toBe(1);
  });

  it('counts past-due planning as errors against a later today, and says the reference date in Dutch', async () => {
    renderPane(createMemoryHost(seedDocument), { today: LATER });
    const counts = expectedCounts('2026-11-24');
    const text = await summary();
    expect(text).toBe(`${counts.error} fouten · ${counts.warning} waarschuwingen · ${counts.info} info`);
    expect(screen.getByText(/peildatum 24 november 2026$/)).toBeTruthy();
  });

  it('waits for "Controleren" when told not to check on opening', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host, { checkOnOpen: false });
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(host.reads).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    expect(host.reads).toBe(1);
    expect(screen.getByRole('button', { name: 'Opnieuw controleren' })).toBeTruthy();
  });

  it('shows each finding with its measure, its message, the words it quotes and how to fix it', async () => {
    const doc = seedCopy();
    // 4.2.1's trekker becomes one nobody knows: the finding quotes it.
    setCellText(doc, 0, 2, 3, ['Ministerie van Wonderen']);
    renderPane(createMemoryHost(doc));
    await summary();
    const finding = findingWith('Ministerie van Wonderen');
    expect(finding?.textContent).toContain('4.2.1');
    expect(finding?.textContent).toContain('Maatregel 4.2.1 heeft een onbekende trekker: “Ministerie van Wonderen”.');
    // The message quotes the words already: no second "in the document" line.
    expect(finding?.textContent).not.toContain(nl.findingWords);
    const fix = document.getElementById(finding?.getAttribute('aria-describedby') ?? '');
    expect(fix?.textContent).toContain('Oplossen:');
    expect(fix?.textContent).toContain('Bekende trekkers');
  });

  it('groups by severity, then by rule; by section when asked', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    // The seed on its date: warnings (3 × planning missing), info (3 × number style); no errors.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Waarschuwingen (3)', 'Info (3)', 'Opmerkingen voor de trekkers', 'Exporteren']);
    const groups = () => screen.getAllByTestId('finding-group').map((g) => g.getAttribute('aria-label'));
    expect(groups()).toEqual(['Planning ontbreekt', 'Nummering met en zonder punt']);
    fireEvent.click(screen.getByRole('button', { name: nl.filter }));
    fireEvent.change(screen.getByRole('combobox', { name: nl.groupBy }), { target: { value: 'section' } });
    // Reading order within each severity: 4.2.1 (HUISVESTING), 5.2.3 (OPVANG KORTE TERMIJN), 8.2.1;
    // then 4.2.3/4.2.5 (HUISVESTING) and 7.2 (INBURGERING).
    expect(groups()).toEqual([
      'HUISVESTING',
      'OPVANG KORTE TERMIJN',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
      'HUISVESTING',
      'INBURGERING',
    ]);
    const huisvesting = screen.getAllByTestId('finding-group')[3] as HTMLElement;
    expect(within(huisvesting).getAllByTestId('finding')).toHaveLength(2);
  });

  it('collapses and expands a group; the button says whether it is open and keeps focus', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    const toggle = screen.getByRole('button', { name: 'Planning ontbreekt (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.focus();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByTestId('finding')).toHaveLength(3);
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Waarschuwingen (3)' }));
    expect(screen.queryByRole('button', { name: 'Planning ontbreekt (3)' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Waarschuwingen (3)' }));
    expect(screen.getByRole('button', { name: 'Planning ontbreekt (3)' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('filters by severity, rule and trekker, and says how many it shows', async () => {
    renderPane(createMemoryHost(seedDocument), { today: LATER });
    await summary();
    fireEvent.click(screen.getByRole('button', { name: nl.filter }));
    // Trekkers of the seed's findings on 2026-11-24, read from the seed: 4.2.1 BZK, 4.2.3 BZK, 4.2.5 BZK, …
    const trekker = screen.getByRole('combobox', { name: nl.filterTrekker }) as HTMLSelectElement;
    const options = [...trekker.options].map((o) => o.textContent);
    expect(options[0]).toBe('Alle');
    fireEvent.change(screen.getByRole('combobox', { name: nl.filterSeverity }), { target: { value: 'error' } });
    const counts = expectedCounts('2026-11-24');
    const total = counts.error + counts.warning + counts.info;
    expect(screen.getByText(nl.filterShown(counts.error, total))).toBeTruthy();
    expect(screen.getAllByTestId('finding')).toHaveLength(counts.error);
    expect(screen.getByRole('button', { name: nl.filterActive(1) })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: nl.filterRule }), { target: { value: 'planning.missing' } });
    // Errors that are "planning missing": none (those are warnings).
    expect(screen.getByText(nl.filterNothing)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: nl.filterClear }));
    expect(screen.getAllByTestId('finding')).toHaveLength(total);
    const bzk = [...trekker.options].find((o) => o.value === 'BZK');
    expect(bzk).toBeDefined();
    fireEvent.change(screen.getByRole('combobox', { name: nl.filterTrekker }), { target: { value: 'BZK' } });
    const shown = screen.getAllByTestId('finding').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(screen.getByText(nl.filterShown(shown, total))).toBeTruthy();
  });

  it('selects the cell of a finding when it is clicked, and says so the first time only', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    await summary();
    const finding = findingWith('4.2.1');
    expect(finding?.tagName).toBe('BUTTON');
    fireEvent.click(finding as HTMLElement);
    // 4.2.1 is row 2 of the first table, block 1 (header, HUISVESTING, 4.2.1); planning is its third column.
    await waitFor(() => expect(host.selections).toEqual([{ block: 1, row: 2, column: 2 }]));
    expect((await screen.findByText(nl.selectedFirst)).closest('li')?.textContent).toContain('4.2.1');
    fireEvent.click(findingWith('5.2.3') as HTMLElement);
    await waitFor(() => expect(host.selections).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(nl.selectedFirst)).toBeNull());
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

describe('task pane: fixes where the findings are', () => {
  it('offers "Koppen invoegen" only on a missing heading, and "Datum bijwerken" only on the stamp', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    // The seed on its own date: every heading there, the stamp is today's.
    expect(screen.queryByRole('button', { name: nl.insertHeadings })).toBeNull();
    expect(screen.queryByRole('button', { name: nl.refreshDateStamp })).toBeNull();
  });

  it('inserts the missing heading, says what, moves focus to the report, and checks once', async () => {
    const host = createMemoryHost(seedWithout('INBURGERING'));
    renderPane(host);
    await summary();
    const finding = findingWith('“INBURGERING”');
    const button = within(finding?.closest('li') as HTMLElement).getByRole('button', { name: nl.insertHeadings });
    button.focus();
    const readsBefore = host.reads;
    fireEvent.click(button);
    // Busy: still focusable, but announced as unavailable.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain('Kop “INBURGERING” ingevoegd.');
    await waitFor(() => expect(document.activeElement).toBe(report));
    expect(focusedName()).toContain(nl.changesTitle);
    expect(tablesOf(host.doc).flat().some((row) => row.length === 1 && row[0]?.[0] === 'INBURGERING')).toBe(true);
    await waitFor(() => expect(findingWith('“INBURGERING”')).toBeUndefined());
    // One check after the write; the write's own change event (the memory host reports it) adds none.
    await wait(120);
    expect(host.reads).toBe(readsBefore + 1);
  });

  it('a selection echoed as a document change does not wake the live re-check', async () => {
    const host = createMemoryHost(seedDocument, { echoSelection: true });
    renderPane(host);
    await summary();
    const reads = host.reads;
    fireEvent.click(screen.getAllByTestId('finding')[0] as HTMLElement);
    await waitFor(() => expect(host.selections).toHaveLength(1));
    await wait(120);
    expect(host.reads).toBe(reads);
  });

  it('reports a heading that could not be merged', async () => {
    const host = createMemoryHost(seedWithout('HUISVESTING'));
    host.notes = ['heading-not-merged'];
    renderPane(host);
    await summary();
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain('Kop “HUISVESTING” ingevoegd.');
    expect(report.textContent).toContain('konden niet worden samengevoegd');
  });

  it('says "Niets gewijzigd", neutrally, when a colleague inserted the heading meanwhile', async () => {
    const host = createMemoryHost(seedWithout('INBURGERING'));
    renderPane(host, { liveDelayMs: 60_000 });
    await summary();
    host.doc = seedCopy();
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain(nl.nothingChangedTitle);
    expect(report.textContent).toContain(nl.noHeadingsMissing);
    expect(report.textContent).not.toContain(nl.changesTitle);
    expect(report.className).not.toMatch(/success/i);
  });

  it('sets the date stamp to today and shows the new text', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host, { today: LATER });
    await summary();
    fireEvent.click(screen.getByRole('button', { name: nl.refreshDateStamp }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain('Datum onder de tabel gezet op “24 november 2026”.');
    expect(afterOf(host.doc)).toEqual(['24 november 2026']);
    await waitFor(() => expect(screen.queryByRole('button', { name: nl.refreshDateStamp })).toBeNull());
  });

  it('refuses to write over a co-author’s change, says so, and focus goes to the message', async () => {
    const host = createMemoryHost(seedWithout('INBURGERING'));
    renderPane(host, { liveDelayMs: 60_000 });
    await summary();
    // A co-author adds a row after the check; the pane's basis is now stale.
    const changed = seedWithout('INBURGERING');
    appendRow(changed, 2, [['7.9 Nieuw'], ['x'], ['N.v.t.'], ['BZK']]);
    host.doc = changed;
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het document is gewijzigd sinds de controle');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(tablesOf(host.doc).flat().some((row) => row[0]?.[0] === 'INBURGERING')).toBe(false);
  });
});

describe('task pane: states told up front', () => {
  it('a protected document: fixes are off, with the reason, before anyone clicks', async () => {
    const host = createMemoryHost(seedWithout('INBURGERING'), { protected: true });
    const asked: unknown[] = [];
    renderPane(host, {
      writeAccess: async (of) => {
        asked.push(of);
        return { writable: false, reason: 'protected' };
      },
    });
    await summary();
    const bar = await screen.findByTestId('read-only');
    expect(bar.textContent).toContain(nl.readOnlyTitle);
    await waitFor(() => expect(screen.getByRole('button', { name: nl.insertHeadings }).getAttribute('aria-disabled')).toBe('true'));
    const button = screen.getByRole('button', { name: nl.insertHeadings });
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(nl.protectedReason);
    // Asked about the host the pane checks, before any write was tried.
    expect(asked[0]).toBe(host);
  });

  it('a document open read-only says so in its own words', async () => {
    renderPane(createMemoryHost(seedWithout('INBURGERING')), { writeAccess: async () => ({ writable: false, reason: 'read-only' }) });
    expect((await screen.findByTestId('read-only')).textContent).toContain(nl.readOnlyReason);
  });

  it('a protected document the page cannot tell about: after the refused write, the fixes go off too', async () => {
    renderPane(createMemoryHost(seedWithout('INBURGERING'), { protected: true }));
    await summary();
    expect(screen.queryByTestId('read-only')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    const alert = await screen.findByRole('alert');
    // The catalogue's sentence; Office's own words only behind "Details", in Office's language.
    expect(alert.textContent).toContain(nl.hostError.protected);
    const details = alert.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe(nl.details);
    expect(details?.textContent).toContain('You cannot perform the requested operation.');
    expect(await screen.findByTestId('read-only')).toBeTruthy();
    expect(screen.getByRole('button', { name: nl.insertHeadings }).getAttribute('aria-disabled')).toBe('true');
  });

  it('every message bar has a title (Fluent labels the bar by it)', async () => {
    renderPane(createMemoryHost(plainDocument({ tables: [], after: [] })));
    const bar = await screen.findByTestId('reason');
    const label = bar.getAttribute('aria-labelledby');
    expect(label && document.getElementById(label)?.textContent).toBe(nl.reasonTitle);
  });

  it.each([
    [plainDocument({ tables: [], after: [] }), 'Het document is leeg.'],
    [plainDocument({ tables: [], after: ['Alleen tekst'] }), 'Het document bevat geen tabel.'],
    [plainDocument({ tables: [[[['a'], ['b']], [['c'], ['d']]]], after: [] }), 'Geen tabel heeft de kolommen'],
  ] as [SourceDocument, string][])('explains a document without a status table, and offers no fix', async (doc, text) => {
    renderPane(createMemoryHost(doc));
    expect((await screen.findByText(new RegExp(text))).textContent).toContain(text);
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(screen.queryByRole('button', { name: nl.insertHeadings })).toBeNull();
  });

  const codes: HostErrorCode[] = ['no-office', 'requirement-missing', 'protected', 'changed', 'no-status-table', 'merge-in-the-way', 'busy', 'failed'];
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

  it('shows an unexpected error in its own words, the exception only behind "Details"', async () => {
    const host = createMemoryHost(seedDocument);
    host.failNext.read = new TypeError('kapot');
    renderPane(host, { officeLanguage: 'en-US' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er ging iets onverwachts mis.');
    const detail = alert.querySelector('details p');
    expect(detail?.textContent).toBe('kapot');
    expect(detail?.getAttribute('lang')).toBe('en-US');
  });

  it('closing an error puts focus back on "Controleren"', async () => {
    const host = createMemoryHost(seedDocument);
    host.failNext.read = new HostError('busy');
    renderPane(host);
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: nl.dismiss }));
    await waitFor(() => expect(focusedName()).toBe(nl.check));
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
});

describe('task pane: language', () => {
  it('speaks English when Office does: <html lang>, dates, messages', async () => {
    renderPane(createMemoryHost(seedDocument), { language: 'en', today: LATER });
    const counts = expectedCounts('2026-11-24');
    expect(await summary()).toBe(en.summary(counts));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText(/reference date 24 November 2026$/)).toBeTruthy();
    // 4.2.3's planning reads "8 juli 2021" in the seed.
    expect(findingWith('The planning of measure 4.2.3 ran out on 8 July 2021.')).toBeDefined();
    // The Dutch words of the document are marked as Dutch.
    const words = findingWith('4.2.3 ran out')?.querySelector('q');
    expect(words?.textContent).toBe('8 juli 2021');
    expect(words?.getAttribute('lang')).toBe('nl');
    expect(screen.queryByText('Controleren')).toBeNull();
  });

  it('Dutch: <html lang="nl">', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    expect(document.documentElement.lang).toBe('nl');
  });
});

describe('task pane: settings', () => {
  it('saves the settings in the document, focuses the confirmation and checks again with them', async () => {
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
    const saved = await screen.findByTestId('settings-saved');
    await waitFor(() => expect(document.activeElement).toBe(saved));
    expect(host.savedSettings).toHaveLength(1);
    const stored = host.savedSettings[0];
    expect(stored?.disabledRules).toEqual(['measure.number-style']);
    expect(stored?.referenceDate).toBe('datestamp');
    expect(stored?.knownTrekkers).toContain('Rijkswaterstaat');
    expect(stored?.knownTrekkers).not.toContain('BZK');
    fireEvent.click(screen.getByRole('tab', { name: 'Resultaten' }));
    // Number style off: no info; BZK unknown now: each BZK-led measure becomes a warning.
    await waitFor(async () => expect(await summary()).toMatch(/^0 fouten · \d+ waarschuwingen · 0 info$/));
    expect(Number((await summary()).match(/(\d+) waarschuwingen/)?.[1])).toBeGreaterThan(3);
  });

  it('asks before unsaved settings are dropped: "Niet opslaan" drops them, "Opslaan" keeps them', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    await summary();
    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Planning ontbreekt' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Resultaten' }));
    const ask = await screen.findByTestId('unsaved');
    expect(screen.getByRole('tab', { name: 'Instellingen' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(ask));
    fireEvent.click(within(ask).getByRole('button', { name: nl.unsavedDiscard }));
    expect(screen.getByRole('tab', { name: 'Resultaten' }).getAttribute('aria-selected')).toBe('true');
    expect(host.savedSettings).toHaveLength(0);

    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    expect((screen.getByRole('checkbox', { name: 'Planning ontbreekt' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Planning ontbreekt' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Resultaten' }));
    fireEvent.click(within(await screen.findByTestId('unsaved')).getByRole('button', { name: nl.unsavedSave }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Resultaten' }).getAttribute('aria-selected')).toBe('true'));
    expect(host.savedSettings[0]?.disabledRules).toEqual(['planning.missing']);
  });

  it('removing a trekker moves focus to the next one’s button', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    // The default list starts BZK, JenV, …
    fireEvent.click(await screen.findByRole('button', { name: 'BZK verwijderen' }));
    await waitFor(() => expect(focusedName()).toBe('JenV verwijderen'));
  });

  it('uses the settings stored in the document', async () => {
    const host = createMemoryHost(seedDocument);
    host.stored = { disabledRules: ['planning.missing'] };
    renderPane(host);
    expect(await summary()).toBe('0 fouten · 0 waarschuwingen · 3 info');
  });
});

describe('task pane: live re-check', () => {
  it('checks again by itself after a change, and not when switched off', async () => {
    const host = createMemoryHost(seedDocument);
    renderPane(host);
    expect(await summary()).toBe('0 fouten · 3 waarschuwingen · 3 info');
    act(() => host.edit(seedWithout('INBURGERING')));
    // One heading missing now: one error more.
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^1 fout · /));
    const after = screen.getByTestId('summary').textContent;
    const reads = host.reads;
    fireEvent.click(screen.getByRole('checkbox', { name: nl.live }));
    act(() => host.edit(seedDocument));
    await wait(120);
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
    await wait(250);
    expect(host.reads).toBe(reads + 1);
  });

  it('says it is busy while the check runs, and "Controleren" stays focusable', async () => {
    const host = createMemoryHost(seedDocument);
    let release: () => void = () => undefined;
    const read = host.read.bind(host);
    host.read = () => new Promise((resolve) => (release = () => void read().then(resolve)));
    renderPane(host);
    expect(await screen.findByText('Bezig met controleren…')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Controleren' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    act(() => release());
    await summary();
    expect(screen.queryByText('Bezig met controleren…')).toBeNull();
  });
});

describe('task pane: outside Office and when it breaks', () => {
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
});
