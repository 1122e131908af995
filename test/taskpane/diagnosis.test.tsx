/** @jest-environment jsdom */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HostError } from '../../src/hosts/host';
import { officeErrorInfo, toHostError } from '../../src/hosts/officeErrors';
import { REQUIREMENT_SETS } from '../../src/hosts/requirementSets';
import { App } from '../../src/taskpane/App';
import { diagnosisText } from '../../src/taskpane/diagnosis';
import { en } from '../../src/app/i18n/en';
import { nl } from '../../src/app/i18n/nl';
import { seedDocument, seedWithout } from '../fixtures/seed';
import { openExcel, openWord } from '../support/hosts';

/** The clipboard as a test sees it: what was written, or a refusal (an Office frame without clipboard access). */
const useTestClipboard = (refuse = false): { text: () => string | undefined } => {
  let written: string | undefined;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        if (refuse) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        written = text;
        return Promise.resolve();
      },
    },
  });
  return { text: () => written };
};

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

const copyDiagnosis = async (name = 'Diagnose kopiëren'): Promise<void> => {
  fireEvent.click(screen.getByRole('tab', { name: /Instellingen|Settings/ }));
  const button = await screen.findByRole('button', { name });
  // The copy settles after the clipboard's promise: inside act, so React applies it.
  await act(async () => {
    fireEvent.click(button);
    await Promise.resolve();
  });
};

describe('Diagnose kopiëren, on Microsoft’s client over the simulator', () => {
  it('Word: host, platform, version, each set the Word host asks for, and the Office error of a refused fix', async () => {
    // The simulated Office says Word on PC, 16.0.0.0, and WordApi up to 1.4 (and no DialogApi), as set here.
    const { host } = openWord(seedWithout('INBURGERING'), { protection: 'AllowOnlyReading', platform: 'PC', requirementSets: { WordApi: '1.4' } });
    const clipboard = useTestClipboard();
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    const before = new Date().toISOString();
    fireEvent.click(screen.getByRole('button', { name: 'Koppen invoegen' }));
    await screen.findByRole('alert');
    // The message goes; the error stays in the diagnosis.
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    await copyDiagnosis();
    await screen.findByText('De diagnose staat op het klembord.');
    const lines = (clipboard.text() ?? '').split('\n');
    const at = /^Laatste fout van Office \((.+)\):$/.exec(lines[10] ?? '')?.[1] ?? '';
    expect(at >= before && at <= new Date().toISOString()).toBe(true);
    expect(lines).toEqual([
      'Statustabel – diagnose',
      'Programma: Word',
      'Platform: PC',
      'Office-versie: 16.0.0.0',
      'Taal van Office: nl-NL',
      'API-sets (requirement sets):',
      '- WordApi 1.3: ja',
      '- WordApi 1.4: ja',
      '- WordApi 1.6: nee',
      '- DialogApi 1.1: nee',
      `Laatste fout van Office (${at}):`,
      // A protected document refuses the write with AccessDenied; the heading row goes in through
      // TableRow.insertRows (src/hosts/word/wordHost.ts), where Office says it failed.
      '- code: AccessDenied',
      '- melding: You cannot perform the requested operation.',
      '- plaats (debugInfo.errorLocation): TableRow.insertRows',
    ]);
  });

  it('Excel, in English: the sets the Excel host asks for, and no error yet', async () => {
    const { host } = openExcel(seedDocument, { requirementSets: { ExcelApi: '1.9', DialogApi: '1.1' }, displayLanguage: 'en-GB' });
    const clipboard = useTestClipboard();
    render(<App host={host} language="en" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy diagnosis' }));
    await screen.findByText('The diagnosis is on the clipboard.');
    expect(clipboard.text()?.split('\n')).toEqual([
      'Statustabel – diagnosis',
      'Application: Excel',
      'Platform: OfficeOnline',
      'Office version: 16.0.0.0',
      'Office language: en-GB',
      'API requirement sets:',
      '- ExcelApi 1.4: yes',
      '- ExcelApi 1.7: yes',
      '- ExcelApi 1.9: yes',
      '- ExcelApi 1.10: no',
      '- ExcelApi 1.13: no',
      '- DialogApi 1.1: yes',
      'Office’s last error: none',
    ]);
  });

  it('where the clipboard is refused, shows the text to copy by hand, focused and selected', async () => {
    const { host } = openWord(seedDocument);
    const clipboard = useTestClipboard(true);
    render(<App host={host} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    await copyDiagnosis();
    const area = (await screen.findByRole('textbox', { name: 'Diagnose' })) as HTMLTextAreaElement;
    expect(clipboard.text()).toBeUndefined();
    expect(screen.getByText('Kopiëren lukte niet')).toBeTruthy();
    expect(area.value.split('\n')[1]).toBe('Programma: Word');
    expect(area.value.endsWith('Laatste fout van Office: geen')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(area));
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });
});

describe('the diagnosis text', () => {
  it('says "unknown" for what Office did not tell, and "none" where no set is probed', () => {
    expect(diagnosisText({ sets: [] }, undefined, en).split('\n')).toEqual([
      'Statustabel – diagnosis',
      'Application: unknown',
      'Platform: unknown',
      'Office version: unknown',
      'Office language: unknown',
      'API requirement sets:',
      '- none',
      'Office’s last error: none',
    ]);
  });

  it('names an error without a location as such, and a set Office could not answer as unknown', () => {
    const text = diagnosisText(
      { host: 'Excel', sets: [{ set: { name: 'ExcelApi', version: '1.7' }, supported: undefined }] },
      { code: 'GeneralException', message: 'Er is een interne fout opgetreden.', at: '2026-12-01T03:00:00.000Z' },
      nl,
    );
    expect(text.split('\n').slice(5)).toEqual([
      'API-sets (requirement sets):',
      '- ExcelApi 1.7: onbekend',
      'Laatste fout van Office (2026-12-01T03:00:00.000Z):',
      '- code: GeneralException',
      '- melding: Er is een interne fout opgetreden.',
      '- plaats (debugInfo.errorLocation): onbekend',
    ]);
  });
});

describe('the Office error behind a failure', () => {
  const officeError = Object.assign(new Error('You cannot perform the requested operation.'), {
    code: 'AccessDenied',
    debugInfo: { code: 'AccessDenied', errorLocation: 'Range.values' },
  });

  it('is kept by the host error made from it', () => {
    const hostError = toHostError(officeError);
    expect(hostError.code).toBe('protected');
    expect(officeErrorInfo(hostError)).toEqual({ code: 'AccessDenied', message: 'You cannot perform the requested operation.', errorLocation: 'Range.values' });
  });

  it('is none for a failure of the host’s own', () => {
    expect(officeErrorInfo(new HostError('requirement-missing', 'ExcelApi 1.7'))).toBeUndefined();
    expect(officeErrorInfo(new Error('boom'))).toBeUndefined();
    expect(officeErrorInfo('AccessDenied')).toBeUndefined();
  });
});

describe('the requirement sets the diagnosis probes', () => {
  /** Every "SetName", "x.y" pair the hosts name in code (isSetSupported, a set constant, a version check). */
  const setsNamedIn = (dir: string): Set<string> => {
    const found = new Set<string>();
    const walk = (path: string): void => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (full.endsWith('.ts')) {
          const code = readFileSync(full, 'utf8')
            .split('\n')
            .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
            .join('\n');
          for (const match of code.matchAll(/'((?:Word|Excel)Api\w*)',\s*(?:version:\s*)?'(\d+\.\d+)'/g)) found.add(`${match[1]} ${match[2]}`);
          // The Excel host's own shorthand: supports('1.9') asks for ExcelApi 1.9.
          if (full.includes(`${join('hosts', 'excel')}`)) for (const match of code.matchAll(/supports\('(\d+\.\d+)'\)/g)) found.add(`ExcelApi ${match[1]}`);
        }
      }
    };
    walk(dir);
    return found;
  };

  it('names every set a host asks for', () => {
    const listed = new Set([...REQUIREMENT_SETS.word, ...REQUIREMENT_SETS.excel].map((set) => `${set.name} ${set.version}`));
    const named = setsNamedIn(join(__dirname, '../../src/hosts'));
    // The pattern finds what it should: the Word host's table set and the Excel host's merges.
    expect(named.has('WordApi 1.3')).toBe(true);
    expect(named.has('ExcelApi 1.13')).toBe(true);
    expect([...named].filter((set) => !listed.has(set))).toEqual([]);
  });
});


