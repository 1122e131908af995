import { officeExcelEnvironment } from '../../src/hosts/excel';
import { HostError } from '../../src/hosts/host';

/** officeExcelEnvironment over stand-ins for the Office and Excel globals office.js defines. */

type Globals = { Office?: unknown; Excel?: unknown };
const globals = globalThis as unknown as Globals;

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

const install = (saveStatus: 'succeeded' | 'failed') => {
  const stored: Record<string, unknown> = {};
  const calls: string[] = [];
  globals.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 13 },
      document: {
        settings: {
          get: (name: string) => stored[name] ?? null,
          set: (name: string, value: unknown) => {
            stored[name] = value;
          },
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
            cb(saveStatus === 'succeeded' ? { status: 'succeeded' } : { status: 'failed', error: { message: 'read-only' } }),
        },
      },
    },
  };
  globals.Excel = {
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      calls.push('run');
      return batch({ marker: 'context' });
    },
  };
  return { stored, calls };
};

describe('officeExcelEnvironment', () => {
  it('outside Office throws no-office', () => {
    expect(() => officeExcelEnvironment()).toThrow(HostError);
  });

  it('runs batches through Excel.run and asks Office about requirement sets', async () => {
    const { calls } = install('succeeded');
    const env = officeExcelEnvironment();
    const got = await env.run(async (context) => (context as unknown as { marker: string }).marker);
    expect(got).toBe('context');
    expect(calls).toEqual(['run']);
    expect(env.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(env.isSetSupported('ExcelApi', '1.14')).toBe(false);
  });

  it('maps saveAsync results to succeeded/failed with the message', async () => {
    install('failed');
    const env = officeExcelEnvironment();
    env.settings.set('k', 'v');
    expect(env.settings.get('k')).toBe('v');
    const result = await new Promise((resolve) => env.settings.saveAsync(resolve));
    expect(result).toEqual({ status: 'failed', error: { message: 'read-only' } });
  });

  it('without ExcelApi 1.9 subscribes to nothing and unsubscribes quietly', async () => {
    install('succeeded');
    (globals.Office as { context: { requirements: { isSetSupported: () => boolean } } }).context.requirements.isSetSupported = () => false;
    const env = officeExcelEnvironment();
    const unsubscribe = await (env.onDocumentChanged as NonNullable<typeof env.onDocumentChanged>)(() => undefined);
    expect(() => unsubscribe()).not.toThrow();
  });
});
