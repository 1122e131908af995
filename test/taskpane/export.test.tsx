/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Finding } from '../../src/core/findings';
import { App } from '../../src/taskpane/App';
import type { ViewFinding } from '../../src/taskpane/check/view';
import { findingsToCsv, findingsToMarkdown } from '../../src/taskpane/exportFindings';
import { en } from '../../src/app/i18n/en';
import { nl } from '../../src/app/i18n/nl';
import { seedDocument } from '../fixtures/seed';
import { createMemoryHost } from './memoryHost';

const tricky: Finding = {
  rule: 'trekker.unknown',
  severity: 'warning',
  measure: '4.2.1',
  heading: 'HUISVESTING',
  message: { nl: 'Trekker “A | B, “C”” onbekend', en: 'Unknown trekker' },
  words: 'A | B,\n"C"',
};

/** The finding as the pane holds it: its section worked out with the table at hand. */
const trickyView: ViewFinding = { key: 'k', finding: tricky, section: { kind: 'heading', text: 'HUISVESTING' }, order: 2 };

describe('export of findings', () => {
  it('writes a Markdown table with pipes escaped and one line per finding', () => {
    const md = findingsToMarkdown([trickyView], 'nl', nl);
    const lines = md.trimEnd().split('\n');
    expect(lines).toEqual([
      '| Ernst | Regel | Maatregel | Hoofdstuk | Melding | Woorden |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Waarschuwing | Onbekende trekker | 4.2.1 | HUISVESTING | Trekker “A \\| B, “C”” onbekend | A \\| B, "C" |',
    ]);
  });

  it('writes CSV that quotes separators, quotes and line breaks', () => {
    const csv = findingsToCsv([trickyView], 'en', en);
    expect(csv).toBe(
      'Severity,Rule,Measure,Section,Message,Words\r\n' +
        'Warning,Unknown trekker,4.2.1,HUISVESTING,Unknown trekker,"A | B,\n""C"""\r\n',
    );
  });

  it('copies the seed findings to the clipboard from the pane', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    render(<App host={createMemoryHost(seedDocument)} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Kopiëren als CSV' }));
    await screen.findByText(nl.copied('CSV'));
    const lines = written[0]?.trimEnd().split('\r\n') ?? [];
    // Header plus the six findings of the seed on its own date.
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('Waarschuwing,Planning ontbreekt,'))).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiëren als Markdown' }));
    await screen.findByText(nl.copied('Markdown'));
    expect(written[1]?.split('\n')[0]).toBe('| Ernst | Regel | Maatregel | Hoofdstuk | Melding | Woorden |');
  });

  it('shows the text to copy by hand when no way of copying works', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('not allowed in this frame')) },
    });
    render(<App host={createMemoryHost(seedDocument)} language="nl" checkOnOpen today={() => '2021-06-19'} />);
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByRole('button', { name: 'Kopiëren als Markdown' }));
    await screen.findByText(nl.copyFallbackTitle);
    const area = screen.getByRole('textbox', { name: 'Exporteren' }) as HTMLTextAreaElement;
    expect(area.value.startsWith('| Ernst |')).toBe(true);
    // Focus is on the text to copy, selected.
    await waitFor(() => expect(document.activeElement).toBe(area));
  });
});
