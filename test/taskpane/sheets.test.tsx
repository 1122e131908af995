/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SourceDocument } from '../../src/core/document';
import { createExcelHost, officeExcelEnvironment } from '../../src/hosts/excel';
import type { ExcelSimulator } from '../../src/simulator/excel';
import { App } from '../../src/taskpane/App';
import { nl } from '../../src/app/i18n/nl';
import { plainDocument } from '../fixtures/plain';
import { seedDocument, seedWithout } from '../fixtures/seed';
import expectations from '../fixtures/seed-findings.json';
import { openExcel, openWord } from '../support/hosts';

const ON_STAMP = (): string => '2021-06-19';

/** The seed's counts on its own date, from the hand-made expectations. */
const seedSummary = (): string => {
  const list = expectations['2021-06-19'] as { severity: 'error' | 'warning' | 'info' }[];
  const count = (s: string) => list.filter((f) => f.severity === s).length;
  return nl.summary({ error: count('error'), warning: count('warning'), info: count('info') });
};

const TABLE_SHEET = 'Stand van zaken';

/**
 * A workbook of two sheets: "Voorblad" (active, a note only) and "Stand van zaken" (the status
 * table), made by laying the table out on the first sheet and moving its cells to a second one.
 */
const twoSheets = (doc: SourceDocument): ExcelSimulator => {
  const { sim } = openExcel(doc, { sheetName: 'Voorblad' });
  sim.edit((editor) => {
    const second = editor.addSheet(TABLE_SHEET);
    second.cells = editor.sheet.cells;
    second.merges = editor.sheet.merges;
    editor.sheet.cells = new Map();
    editor.sheet.merges = [];
    editor.setValue('A1', 'Toelichting bij de statustabel');
  });
  return sim;
};

/** The pane on the workbook opened last (`_sim`), with the Excel environment as Office gives it. */
const renderExcel = (_sim: ExcelSimulator) =>
  render(
    <App
      host={createExcelHost(officeExcelEnvironment())}
      hostForSheet={(sheet) => createExcelHost(officeExcelEnvironment(), { sheet })}
      language="nl"
      checkOnOpen
      today={ON_STAMP}
    />,
  );

const sheetPicker = () => screen.findByRole('combobox', { name: nl.sheet });

describe('the Excel sheet picker', () => {
  it('offers the sheets; picking the one with the table checks it there', async () => {
    const sim = twoSheets(seedDocument);
    renderExcel(sim);
    // The active sheet holds no status table: the pane says so.
    expect(await screen.findByText(nl.noStatusTableOnSheet)).toBeTruthy();
    const picker = (await sheetPicker()) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([nl.sheetActive, 'Voorblad', TABLE_SHEET]);
    expect(picker.value).toBe('');

    fireEvent.change(picker, { target: { value: TABLE_SHEET } });
    expect((await screen.findByTestId('summary')).textContent).toBe(seedSummary());
    expect(screen.queryByText(nl.noStatusTableOnSheet)).toBeNull();

    // A finding selects its cell on that sheet, which becomes the active one.
    const finding = screen.getAllByTestId('finding').find((f) => f.textContent?.includes('Maatregel 4.2.1 heeft geen planning'));
    fireEvent.click(finding as HTMLElement);
    await waitFor(() => expect(sim.workbook.active.name).toBe(TABLE_SHEET));
    expect(sim.selection()).toBe('C3');
  });

  it('the warning names the sheet that holds the table; its button picks it and focus goes to the picker', async () => {
    const double = twoSheets(seedDocument);
    renderExcel(double);
    const reason = await screen.findByTestId('reason');
    expect(reason.textContent).toContain(nl.noStatusTableOnSheet);
    await waitFor(() => expect(reason.textContent).toContain(nl.sheetWithTable(TABLE_SHEET)));
    expect(reason.textContent).not.toContain(nl.pickSheet);
    fireEvent.click(within(reason).getByRole('button', { name: nl.checkSheet(TABLE_SHEET) }));
    expect((await screen.findByTestId('summary')).textContent).toBe(seedSummary());
    const picker = (await sheetPicker()) as HTMLSelectElement;
    expect(picker.value).toBe(TABLE_SHEET);
    await waitFor(() => expect(document.activeElement).toBe(picker));
  });

  it('no sheet holds a table: the warning says to pick one, and names none', async () => {
    const double = twoSheets(plainDocument({ tables: [], after: [] }));
    renderExcel(double);
    const reason = await screen.findByTestId('reason');
    await waitFor(() => expect(reason.textContent).toContain(nl.pickSheet));
    expect(within(reason).queryByRole('button')).toBeNull();
  });

  it('a fix after picking a sheet writes on that sheet', async () => {
    const sim = twoSheets(seedWithout('INBURGERING'));
    renderExcel(sim);
    fireEvent.change(await sheetPicker(), { target: { value: TABLE_SHEET } });
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: nl.insertHeadings }));
    expect((await screen.findByTestId('change-report')).textContent).toContain(nl.headingInserted('INBURGERING'));
    const [first, second] = sim.workbook.sheets;
    const texts = (sheet: typeof first) => [...(sheet?.cells.values() ?? [])].map((c) => c.value);
    expect(texts(second)).toContain('INBURGERING');
    expect(texts(first)).not.toContain('INBURGERING');
  });

  it('back to "the active sheet" checks the active sheet again', async () => {
    const sim = twoSheets(seedDocument);
    renderExcel(sim);
    const picker = await sheetPicker();
    fireEvent.change(picker, { target: { value: TABLE_SHEET } });
    await screen.findByTestId('summary');
    fireEvent.change(picker, { target: { value: '' } });
    expect(await screen.findByText(nl.noStatusTableOnSheet)).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
  });

  it('a workbook of one sheet, or Word: no picker', async () => {
    const { unmount } = renderExcel(openExcel(seedDocument).sim);
    await screen.findByTestId('summary');
    expect(screen.queryByRole('combobox', { name: nl.sheet })).toBeNull();
    unmount();

    render(<App host={openWord(seedDocument).host} language="nl" checkOnOpen today={ON_STAMP} />);
    const summary = await screen.findByTestId('summary');
    expect(within(document.body).queryByRole('combobox', { name: nl.sheet })).toBeNull();
    expect(summary.textContent).toBe(seedSummary());
  });

  it('a sheet added later shows up when the picker gets focus', async () => {
    const sim = twoSheets(seedDocument);
    renderExcel(sim);
    const picker = (await sheetPicker()) as HTMLSelectElement;
    sim.edit((editor) => editor.addSheet('Archief'));
    fireEvent.focus(picker);
    await waitFor(() => expect([...picker.options].map((o) => o.value)).toContain('Archief'));
  });
});
