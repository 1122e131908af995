/** @jest-environment jsdom */
import { nl } from '../src/taskpane/i18n/nl';
import { en } from '../src/taskpane/i18n/en';
import { createWordSimulator, type WordSimulator, type WordSimulatorOptions } from '../src/simulator/word';
import { seedWithout } from './fixtures/seed';
import { afterOf, tablesOf } from './fixtures/plain';
import { officeClient } from './support/hosts';

/**
 * The ribbon's function file as Office runs it: Microsoft's own Word client over the simulated
 * document, with Office's bootstrap (`Office.onReady`, `Office.actions.associate`) and Common API
 * (`Office.context.ui.displayDialogAsync`) from the simulator. A button runs the operation without
 * the pane, shows the outcome in a dialog and completes the command once the dialog is closed.
 */

type Handler = (event: { completed: () => void }) => void;

interface Harness {
  readonly sim: WordSimulator;
  readonly dialogs: () => URL[];
}

/** Opens the document in Word, then loads the function file afresh, as Office does when a button is first pressed. */
const load = (doc: Parameters<typeof createWordSimulator>[0], options: WordSimulatorOptions = {}): Harness => {
  const sim = createWordSimulator(doc, options);
  sim.open(officeClient('Word'));
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../src/commands/commands');
  });
  return { sim, dialogs: () => sim.office.dialogs.map((url) => new URL(url)) };
};

const press = (harness: Harness, name: string): Promise<void> =>
  new Promise((resolve) => {
    const handler = harness.sim.office.actions.get(name) as Handler | undefined;
    if (!handler) throw new Error(`no function ${name} associated`);
    handler({ completed: resolve });
  });

describe('ribbon commands', () => {
  it('"Koppen invoegen" inserts the missing heading above 7.2, says so in a dialog, then completes', async () => {
    const harness = load(seedWithout('INBURGERING'));
    expect([...harness.sim.office.actions.keys()].sort()).toEqual(['insertHeadings', 'refreshDateStamp']);
    await press(harness, 'insertHeadings');

    const tables = tablesOf(harness.sim.snapshot()).flat();
    const at = tables.findIndex((row) => row[0]?.[0] === 'INBURGERING');
    expect(at).toBeGreaterThan(0);
    expect(tables[at + 1]?.[0]?.[0]).toMatch(/^7\.2 /);

    const dialog = harness.dialogs()[0];
    expect(dialog?.pathname.endsWith('/dialog.html')).toBe(true);
    expect(dialog?.searchParams.get('ok')).toBe('1');
    // Microsoft's client 1.1.110 has no Table.mergeCells: the heading stays unmerged, and the dialog says so.
    expect(dialog?.searchParams.getAll('line')).toEqual([nl.headingInserted('INBURGERING'), nl.noteHeadingNotMerged]);
  });

  it('"Datum bijwerken" refreshes the stamp to today, in English where Office speaks it', async () => {
    const harness = load(seedWithout('INBURGERING'), { displayLanguage: 'en-GB' });
    await press(harness, 'refreshDateStamp');
    const stamp = afterOf(harness.sim.snapshot()).at(-1) ?? '';
    expect(stamp).not.toBe('19 juni 2021');
    expect(stamp).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    // The stamp closes a stand: Word keeps it in a custom XML part (README, Choices), and says so.
    expect(harness.dialogs()[0]?.searchParams.getAll('line')).toEqual([en.dateStampSet(stamp), en.standSaved]);
  });

  it('a protected document: nothing changes, the dialog says why, and the command still completes', async () => {
    const harness = load(seedWithout('INBURGERING'), { protection: 'AllowOnlyReading' });
    const before = harness.sim.snapshot();
    await press(harness, 'insertHeadings');
    expect(harness.sim.snapshot()).toEqual(before);
    const dialog = harness.dialogs()[0];
    expect(dialog?.searchParams.get('ok')).toBe('0');
    expect(dialog?.searchParams.get('title')).toBe(nl.commandsFailed);
    expect(dialog?.searchParams.getAll('line').join(' ')).toContain(nl.hostError.protected);
  });

  it('completes the command even when Office refuses the dialog', async () => {
    const harness = load(seedWithout('INBURGERING'), { dialogReply: 'refuse' });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await press(harness, 'insertHeadings');
    expect(harness.dialogs()).toEqual([]);
    expect(tablesOf(harness.sim.snapshot()).flat().some((row) => row[0]?.[0] === 'INBURGERING')).toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
