/** @jest-environment jsdom */
import { nl } from '../src/taskpane/i18n/nl';
import { en } from '../src/taskpane/i18n/en';
import { seedWithout } from './fixtures/seed';
import { createWordDouble, type WordDouble } from './office/word';
import { afterOf, tablesOf } from './fixtures/plain';

/**
 * The ribbon's function file as Office runs it: Office.js stand-ins around the Word double. A
 * button runs the operation without the pane, shows the outcome in a dialog and completes the
 * command once the dialog is closed.
 */

type Handler = (event: { completed: () => void }) => void;

interface Harness {
  readonly handlers: Map<string, Handler>;
  readonly dialogs: URL[];
  readonly double: WordDouble;
}

const install = (double: WordDouble, displayLanguage = 'nl-NL'): Harness => {
  const handlers = new Map<string, Handler>();
  const dialogs: URL[] = [];
  const env = double.environment;
  const office = {
    HostType: { Word: 'Word', Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady: () => Promise.resolve({ host: 'Word', platform: 'OfficeOnline' }),
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string, version: string) => env.isSetSupported(name, version) },
      document: { settings: env.settings },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          dialogs.push(new URL(url));
          const listeners = new Map<string, () => void>();
          callback({
            status: 'succeeded',
            value: {
              close: () => undefined,
              addEventHandler: (type: string, listener: () => void) => listeners.set(type, listener),
            },
          });
          // The user reads the outcome and presses OK: the dialog page messages its parent.
          setTimeout(() => listeners.get('dialogMessageReceived')?.(), 0);
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office, Word: { run: env.run.bind(env) } });
  return { handlers, dialogs, double };
};

const press = (harness: Harness, name: string): Promise<void> =>
  new Promise((resolve) => {
    const handler = harness.handlers.get(name);
    if (!handler) throw new Error(`no function ${name} associated`);
    handler({ completed: resolve });
  });

const load = (harness: Harness): Harness => {
  // The function file registers its handlers when loaded: load it afresh against these stand-ins.
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../src/commands/commands');
  });
  return harness;
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Word;
});

describe('ribbon commands', () => {
  it('"Koppen invoegen" inserts the missing heading above 7.2, says so in a dialog, then completes', async () => {
    const harness = load(install(createWordDouble(seedWithout('INBURGERING'))));
    expect([...harness.handlers.keys()].sort()).toEqual(['insertHeadings', 'refreshDateStamp']);
    await press(harness, 'insertHeadings');

    const tables = tablesOf(harness.double.snapshot()).flat();
    const at = tables.findIndex((row) => row.length === 1 && row[0]?.[0] === 'INBURGERING');
    expect(at).toBeGreaterThan(0);
    expect(tables[at + 1]?.[0]?.[0]).toMatch(/^7\.2 /);

    const dialog = harness.dialogs[0];
    expect(dialog?.pathname.endsWith('/dialog.html')).toBe(true);
    expect(dialog?.searchParams.get('ok')).toBe('1');
    expect(dialog?.searchParams.getAll('line')).toEqual([nl.headingInserted('INBURGERING')]);
  });

  it('"Datum bijwerken" refreshes the stamp to today, in English where Office speaks it', async () => {
    const harness = load(install(createWordDouble(seedWithout('INBURGERING')), 'en-GB'));
    await press(harness, 'refreshDateStamp');
    const stamp = afterOf(harness.double.snapshot()).at(-1) ?? '';
    expect(stamp).not.toBe('19 juni 2021');
    expect(stamp).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    expect(harness.dialogs[0]?.searchParams.getAll('line')).toEqual([en.dateStampSet(stamp)]);
  });

  it('a protected document: nothing changes, the dialog says why, and the command still completes', async () => {
    const harness = load(install(createWordDouble(seedWithout('INBURGERING'), { protected: true })));
    const before = harness.double.snapshot();
    await press(harness, 'insertHeadings');
    expect(harness.double.snapshot()).toEqual(before);
    const dialog = harness.dialogs[0];
    expect(dialog?.searchParams.get('ok')).toBe('0');
    expect(dialog?.searchParams.get('title')).toBe(nl.commandsFailed);
    expect(dialog?.searchParams.getAll('line').join(' ')).toContain(nl.hostError.protected);
  });
});
