/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { isOwnCommentText } from '../../src/core/review';
import { App } from '../../src/taskpane/App';
import { findingsToCsv, findingsToMarkdown } from '../../src/taskpane/exportFindings';
import { nl } from '../../src/app/i18n/nl';
import type { ViewFinding } from '../../src/taskpane/check/view';
import { seedCopy, seedDocument } from '../fixtures/seed';
import { setCellText } from '../fixtures/plain';
import { createMemoryHost, type MemoryHost } from './memoryHost';

/** A later day than the seed's stamp (19 juni 2021), so "Datum bijwerken" moves the stamp on. */
const LATER = (): string => '2026-11-24';

const renderPane = (host: MemoryHost) => render(<App host={host} language="nl" today={LATER} liveDelayMs={30} />);

const summary = async (): Promise<string> => (await screen.findByTestId('summary')).textContent ?? '';

/** The seed's twelve measures, each with a status (the seed has no status.missing finding): 4.2.1 … 8.2.2 and the unnumbered "Ondersteuningsmaatregelen". */
const SEED_MEASURES = 12;

/** 4.3.1's planning in the seed (block 3, row 2), and the same moved three months on: 31 December 2021 → 31 March 2022, both a month's last day. */
const MOVED_PLANNING = 'De regeling treedt in werking op 15 juli 2021 en loopt tot 31 maart 2022';

const openSince = async (): Promise<HTMLElement> => {
  fireEvent.click(screen.getByRole('tab', { name: nl.since.tab }));
  return screen.findByTestId('since');
};

describe('Sinds de vorige stand', () => {
  it('has no tab where the host keeps no stand', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    expect(screen.queryByRole('tab', { name: nl.since.tab })).toBeNull();
  });

  it('says there is no previous stand yet, and how one comes', async () => {
    renderPane(createMemoryHost(seedDocument, { review: true }));
    await summary();
    const since = await openSince();
    expect(within(since).getByTestId('since-none').textContent).toContain(nl.since.none);
  });

  it('after "Datum bijwerken" and one planning moved: that change, with its direction and size, and every status as it was', async () => {
    const host = createMemoryHost(seedDocument, { review: true });
    renderPane(host);
    await summary();
    const findings = screen.getAllByTestId('finding');
    const stamp = findings.find((f) => f.textContent?.includes('19 juni 2021'));
    fireEvent.click(within(stamp?.closest('li') as HTMLElement).getByRole('button', { name: nl.refreshDateStamp }));
    const report = await screen.findByTestId('change-report');
    expect(report.textContent).toContain(nl.standSaved);
    // The stand kept is the table as it was, under the date the stamp carried until now.
    expect(host.snapshot.status === 'ok' && host.snapshot.snapshot.date).toBe('2021-06-19');

    // A co-author moves 4.3.1's planning (the document as it is now, the new stamp included); the user checks again.
    const moved = seedCopy();
    setCellText(moved, 1, 2, 2, [MOVED_PLANNING]);
    const stampNow = host.doc.blocks.slice(-1);
    const edited = { ...moved, blocks: [...moved.blocks.slice(0, -1), ...stampNow] };
    act(() => host.edit(edited));
    const reads = host.reads;
    fireEvent.click(screen.getByRole('button', { name: nl.recheck }));
    await waitFor(() => expect(host.reads).toBe(reads + 1));
    await waitFor(() => expect(screen.getByRole('button', { name: nl.recheck }).getAttribute('aria-disabled')).not.toBe('true'));

    const since = await openSince();
    const groups = within(since).getAllByTestId('since-group');
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual([
      'Planning gewijzigd (1)',
      // Every measure but 4.3.1, whose planning was edited (someone looked at that row).
      `Stand van zaken niet bijgewerkt (${SEED_MEASURES - 1})`,
    ]);
    const change = within(groups[0] as HTMLElement).getByTestId('change');
    expect(change.textContent).toBe(
      '4.3.1“De regeling treedt in werking op 15 juli 2021 en loopt tot 31 december 2021” → “De regeling treedt in werking op 15 juli 2021 en loopt tot 31 maart 2022” (3 maanden later)',
    );
    // Clicking the change selects 4.3.1's planning cell: table 1 of the seed is block 3, its row 2, column 2.
    fireEvent.click(change);
    await waitFor(() => expect(host.selections.at(-1)).toEqual({ block: 3, row: 2, column: 2 }));
    expect(within(groups[1] as HTMLElement).getAllByTestId('change')[0]?.textContent).toBe('4.2.1Bij maatregel 4.2.1 staat dezelfde stand van zaken als op 19 juni 2021.');
  });

  it('tells a damaged stand apart, and compares nothing with it', async () => {
    const host = createMemoryHost(seedDocument, { review: true });
    host.snapshot = { status: 'ignored', problem: 'damaged' };
    renderPane(host);
    await summary();
    const since = await openSince();
    expect(within(since).getByTestId('since-ignored').textContent).toContain('beschadigd');
    expect(within(since).queryAllByTestId('since-group')).toHaveLength(0);
  });
});

describe('the export with the changes', () => {
  const finding = (measure: string): ViewFinding => ({
    key: `status.unchanged@${measure}`,
    finding: { rule: 'status.unchanged', severity: 'warning', measure, message: { nl: 'x', en: 'x' } },
    section: { kind: 'none' },
    order: 0,
  });
  const changes = [
    { kind: 'planning.changed' as const, measure: '4.3.1', before: 'eind 2021', after: 'medio 2022', shift: 'later' as const, amount: { unit: 'months' as const, count: 6 } },
    { kind: 'measure.added' as const, measure: '4.4', after: 'Nieuw | beleid' },
  ];

  // Rows in the order given (core's diff gives them by kind, then in document order).
  it('Markdown: a second table, after the findings', () => {
    const text = findingsToMarkdown([finding('4.2.1')], 'nl', nl, { changes });
    expect(text.split('\n').slice(4)).toEqual([
      '## Sinds de vorige stand',
      '',
      '| Verandering | Maatregel of kop | Was | Is nu | Verschuiving |',
      '| --- | --- | --- | --- | --- |',
      '| Planning gewijzigd | 4.3.1 | eind 2021 | medio 2022 | 6 maanden later |',
      '| Nieuwe maatregelen | 4.4 |  | Nieuw \\| beleid |  |',
      '| Stand van zaken niet bijgewerkt | 4.2.1 |  |  |  |',
      '',
    ]);
  });

  it('CSV: the same rows after an empty line', () => {
    const lines = findingsToCsv([finding('4.2.1')], 'nl', nl, { changes }).split('\r\n');
    expect(lines.slice(2)).toEqual([
      '',
      'Verandering,Maatregel of kop,Was,Is nu,Verschuiving',
      'Planning gewijzigd,4.3.1,eind 2021,medio 2022,6 maanden later',
      'Nieuwe maatregelen,4.4,,Nieuw | beleid,',
      'Stand van zaken niet bijgewerkt,4.2.1,,,',
      '',
    ]);
  });
});

describe('Opmerkingen plaatsen', () => {
  it('places one comment per finding in the filter, replaces its own when placed again, and leaves a person’s comment', async () => {
    const host = createMemoryHost(seedDocument, { review: true });
    host.comments.push({ location: { block: 1, row: 2, column: 1 }, text: 'Graag een update — Jan' });
    renderPane(host);
    await summary();
    // Only the warnings: the seed's three missing plannings at this date.
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Ernst' }), { target: { value: 'warning' } });
    const section = screen.getByTestId('comments');
    fireEvent.click(within(section).getByRole('button', { name: nl.comments.place }));
    expect((await within(section).findByTestId('comments-report')).textContent).toContain('3 opmerkingen geplaatst.');
    const own = host.comments.filter((c) => isOwnCommentText(c.text));
    expect(own).toHaveLength(3);
    // Addressed to the row's trekker: 4.2.1's is BZK.
    expect(own.map((c) => c.text.split('\n')[0])).toContain('Aan BZK: Maatregel 4.2.1 heeft geen planning.');
    fireEvent.click(within(section).getByRole('button', { name: nl.comments.place }));
    await waitFor(() => expect(within(section).getByTestId('comments-report').textContent).toContain('3 opmerkingen geplaatst, 3 eerdere vervangen.'));
    expect(host.comments.filter((c) => isOwnCommentText(c.text))).toHaveLength(3);
    expect(host.comments.filter((c) => c.text === 'Graag een update — Jan')).toHaveLength(1);
    fireEvent.click(within(section).getByRole('button', { name: nl.comments.remove }));
    await waitFor(() => expect(within(section).getByTestId('comments-report').textContent).toContain('3 opmerkingen van Statustabel verwijderd.'));
    expect(host.comments).toEqual([{ location: { block: 1, row: 2, column: 1 }, text: 'Graag een update — Jan' }]);
  });

  it('is off, with the reason, where the host cannot write comments', async () => {
    renderPane(createMemoryHost(seedDocument));
    await summary();
    const button = within(screen.getByTestId('comments')).getByRole('button', { name: nl.comments.place });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(nl.comments.unavailable);
  });
});
