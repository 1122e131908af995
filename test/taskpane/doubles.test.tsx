/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createWordHost, officeWordEnvironment } from '../../src/hosts/word';
import { App } from '../../src/taskpane/App';
import { seedDocument, seedWithout } from '../fixtures/seed';
import { tablesOf } from '../fixtures/plain';
import { openExcel, openWord } from '../support/hosts';

/** The pane on the real Word and Excel hosts, on Microsoft's own clients over the simulator (not the memory host). */
describe('task pane on the Word and Excel hosts', () => {
  it('Word: a click selects the finding’s cell, "Koppen invoegen" writes the heading row', async () => {
    const { sim, host } = openWord(seedWithout('INBURGERING'));
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    const finding = screen.getAllByTestId('finding').find((f) => f.textContent?.includes('Maatregel 4.2.1 heeft geen planning'));
    fireEvent.click(finding as HTMLElement);
    await waitFor(() => expect(sim.selection()).toEqual({ block: 1, row: 2, column: 2 }));

    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    expect((await screen.findByTestId('change-report')).textContent).toContain('Kop “INBURGERING” ingevoegd.');
    // Unmerged: Microsoft's client 1.1.110 has no Table.mergeCells, and the pane says so.
    expect(tablesOf(sim.snapshot()).flat().some((row) => row[0]?.[0] === 'INBURGERING')).toBe(true);
  });

  it('Word: a protected document refuses the fix and the pane says why', async () => {
    const { host } = openWord(seedWithout('INBURGERING'), { protection: 'AllowOnlyReading' });
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('beveiligd');
  });

  it('Excel: a protected sheet turns the fixes off, with the reason, before anyone clicks (the read tells)', async () => {
    const { sim, host } = openExcel(seedWithout('INBURGERING'), { protected: true });
    expect((await host.read()).protected).toBe(true);
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    const button = await screen.findByRole('button', { name: 'Koppen invoegen' });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toContain('beveiligd');
    expect(screen.getByTestId('read-only')).toBeTruthy();
    const syncs = sim.traffic.syncs;
    fireEvent.click(button);
    // Disabled but focusable: a click writes nothing and asks Office nothing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sim.traffic.syncs).toBe(syncs);
  });

  it('Excel: an unprotected sheet reads as not protected', async () => {
    const { host } = openExcel(seedWithout('INBURGERING'));
    expect((await host.read()).protected).toBeUndefined();
  });

  it('Word: settings saved through the pane land in the document’s settings', async () => {
    const { host } = openWord(seedDocument);
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('tab', { name: 'Instellingen' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Planning ontbreekt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan in het document' }));
    await screen.findByTestId('settings-saved');
    // A second host on the same document (a co-author) reads them back.
    expect((await createWordHost(officeWordEnvironment()).capabilities.settings?.load())?.disabledRules).toEqual(['planning.missing']);
  });

  it('Excel: the same pane checks the sheet and selects a cell address', async () => {
    const { sim, host } = openExcel(seedDocument);
    render(<App host={host} language="en" checkOnOpen today={() => '2021-06-19'} />);
    expect((await screen.findByTestId('summary')).textContent).toBe('0 errors · 3 warnings · 3 info');
    fireEvent.click(screen.getAllByTestId('finding')[0] as HTMLElement);
    await waitFor(() => expect(sim.selection()).toMatch(/^[A-Z]+\d+/));
  });
});

describe('marking findings on an Excel sheet', () => {
  it('colours the findings’ cells and restores them', async () => {
    const { sim, host } = openExcel(seedDocument);
    const before = sim.fill('C3');
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Bevindingen markeren' }));
    // Six findings of the seed, each on its own cell.
    await screen.findByText('6 cellen gemarkeerd in het blad.');
    // 4.2.1's planning cell: row 3 of the sheet (header, HUISVESTING, 4.2.1), column C.
    expect(sim.fill('C3')).toBeDefined();
    expect(sim.fill('C3')).not.toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Markering wissen' }));
    await screen.findByText(/Markering gewist/);
    expect(sim.fill('C3')).toBe(before);
  });
});
