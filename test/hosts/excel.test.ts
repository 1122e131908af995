import { checkDocument, DEFAULT_SETTINGS, STANDARD_HEADINGS, planDateStamp, planHeadings, type CellLocation, type CellText, type SourceDocument } from '../../src/core';
import { HostError } from '../../src/hosts/host';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import { createExcelHost, MARK_COLOR, officeExcelEnvironment, STAMP_NAME } from '../../src/hosts/excel';
import type { ExcelSimulator, ExcelSimulatorOptions } from '../../src/simulator/excel';
import { seedCopy, seedDocument, seedWithout } from '../fixtures/seed';
import { expectedSeedFindings, findingKeys } from '../fixtures/seedExpectation';
import { syntheticDocument } from '../fixtures/synthetic';
import { afterOf, around, beforeOf, contentOf, plainDocument, tablesOf } from '../fixtures/plain';
import { openExcel, settle } from '../support/hosts';

/**
 * The Excel host on Microsoft's own Excel client (@microsoft/office-js 1.1.110) over the simulated
 * workbook: every load, sync and write below goes through the real `Excel.run`.
 */

const setup = (doc: SourceDocument = seedDocument, options: ExcelSimulatorOptions = {}) => openExcel(doc, options);

const findingsOf = (doc: SourceDocument, today: '2021-06-19' | '2026-11-24') => {
  const report = checkDocument(doc, { today, settings: DEFAULT_SETTINGS });
  if (!report.ok) throw new Error(`no status table: ${report.reason}`);
  return report;
};

/** In an Excel table headings cannot be merged: they read as a full row with empty cells. */
const unmergedHeadings = (tables: readonly CellText[][][]): CellText[][][] =>
  tables.map((table) => table.map((row) => (row.length === 1 ? [...row, [''], [''], ['']] : row)));

/** Excel's serial for a date, computed here independently of the host. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const shiftAddress = (address: string, fromRow: number, by: number): string => {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  const row = Number(match[2]);
  return `${match[1]}${row >= fromRow ? row + by : row}`;
};

const expectHostError = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
};

describe('Excel host on the seed', () => {
  it('reads the seed back as its four tables, title and stamp, in one sync', async () => {
    const { sim, host } = setup(seedDocument, { origin: 'A3' });
    const doc = await host.read();
    expect(sim.syncCount).toBe(1);
    expect(tablesOf(doc)).toEqual(tablesOf(seedDocument));
    expect(afterOf(doc)).toEqual(afterOf(seedDocument));
    expect(beforeOf(doc)).toEqual(beforeOf(seedDocument));
  });

  it.each(['2021-06-19', '2026-11-24'] as const)('gives the expected seed findings as of %s', async (today) => {
    const { host } = setup();
    const report = findingsOf(await host.read(), today);
    expect(findingKeys(report.findings)).toEqual(expectedSeedFindings(today));
  });

  const variants: [string, ExcelSimulatorOptions][] = [
    ['origin C5', { origin: 'C5' }],
    ['an Excel table', { asListObject: true }],
    ['a serial stamp', { stampAsSerial: true }],
    ['all together', { origin: 'C5', asListObject: true, stampAsSerial: true }],
    ['the stamp directly below', { stampRowsBelow: 1 }],
  ];
  it.each(variants)('reads the seed laid out with %s in at most 2 syncs, with the same findings', async (_, options) => {
    const { sim, host } = setup(seedDocument, options);
    const doc = await host.read();
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(tablesOf(doc)).toEqual(options.asListObject ? unmergedHeadings(tablesOf(seedDocument)) : tablesOf(seedDocument));
    expect(afterOf(doc)).toEqual(['19 juni 2021']);
    expect(findingKeys(findingsOf(doc, '2026-11-24').findings)).toEqual(expectedSeedFindings('2026-11-24'));
  });

  it.each([[{}], [{ origin: 'C5', asListObject: true, stampAsSerial: true }]] as [ExcelSimulatorOptions][])(
    'reads 1,000 rows in at most 2 syncs (%j)',
    async (options) => {
      const big = syntheticDocument(1000, 7);
      const { sim, host } = setup(big, options);
      const doc = await host.read();
      expect(sim.syncCount).toBeLessThanOrEqual(2);
      expect(tablesOf(doc)).toHaveLength(tablesOf(big).length);
      expect(tablesOf(doc)).toEqual(options.asListObject ? unmergedHeadings(tablesOf(big)) : tablesOf(big));
    },
  );

  it('with a latency still reads in one sync', async () => {
    const { sim, host } = setup(seedDocument, { latencyMs: 5 });
    const started = Date.now();
    await host.read();
    expect(Date.now() - started).toBeGreaterThanOrEqual(4);
    expect(sim.syncCount).toBe(1);
  });

  it('finds the table on the sheet named in the options, and lists the sheets', async () => {
    const { sim } = setup(seedDocument, { sheetName: 'Stand' });
    sim.edit((e) => {
      e.workbook.active = e.addSheet('Leeg');
      e.setValue('A1', 'Voorblad');
    });
    // Named: that sheet and no other, even where it holds no table.
    expect(await createExcelHost(officeExcelEnvironment(), { sheet: 'Leeg' }).read()).toEqual(plainDocument({ tables: [[[['Voorblad']]]] }));
    const host = createExcelHost(officeExcelEnvironment(), { sheet: 'Stand' });
    expect(tablesOf(await host.read())).toEqual(tablesOf(seedDocument));
    expect(await host.capabilities.sheets.list()).toEqual(['Stand', 'Leeg']);
    await expectHostError(createExcelHost(officeExcelEnvironment(), { sheet: 'Bestaat niet' }).read(), 'no-status-table');
  });
});

describe('requirement sets', () => {
  it('without ExcelApi 1.13 reads every cell on its own (headings unmerged), same findings', async () => {
    const { sim, host } = setup(seedDocument, { requirementSets: { ExcelApi: '1.12' } });
    const doc = await host.read();
    expect(tablesOf(doc)).toEqual(unmergedHeadings(tablesOf(seedDocument)));
    expect(findingKeys(findingsOf(doc, '2021-06-19').findings)).toEqual(expectedSeedFindings('2021-06-19'));
    expect(sim.syncCount).toBe(1);
  });

  it('below ExcelApi 1.7 refuses with requirement-missing before touching the workbook', async () => {
    const { sim, host } = setup(seedDocument, { requirementSets: { ExcelApi: '1.6' } });
    await expectHostError(host.read(), 'requirement-missing');
    expect(sim.syncCount).toBe(0);
  });

  it('Excel itself fails an API above its sets at sync (ApiNotFound; the client does not check)', async () => {
    setup(seedDocument, { requirementSets: { ExcelApi: '1.12' } });
    const failure = Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject().getMergedAreasOrNullObject().load('address');
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('inserting headings', () => {
  it('inserts INBURGERING directly above 7.2, merged and bold, every other cell unchanged, in 2 syncs', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'));
    // A note beside the table stays with its row.
    sim.edit((e) => e.setValue('F16', 'notitie naast de tabel'));
    const before = sim.values();
    const beforeMerges = sim.merged();
    const row72 = Object.entries(before).find(([, v]) => String(v).startsWith('7.2 '))?.[0];
    expect(row72).toBeDefined();
    const headingRow = Number(/\d+/.exec(row72 as string)?.[0]);

    sim.resetTraffic();
    const result = await insertHeadings(host);
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(result.applied).toHaveLength(1);
    expect(result.notes).toEqual([]);

    expect(sim.cellValue(`A${headingRow}`)).toBe('INBURGERING');
    expect(String(sim.cellValue(`A${headingRow + 1}`))).toMatch(/^7\.2 /);
    expect(sim.merged()).toContain(`A${headingRow}:D${headingRow}`);
    expect(sim.bold(`A${headingRow}`)).toBe(true);
    expect(sim.selection()).toBe(`A${headingRow}:D${headingRow}`);

    const expected = Object.fromEntries(Object.entries(before).map(([a, v]) => [shiftAddress(a, headingRow, 1), v]));
    const after = sim.values();
    delete after[`A${headingRow}`];
    expect(after).toEqual(expected);
    const movedMerges = beforeMerges.map((m) => m.split(':').map((a) => shiftAddress(a, headingRow, 1)).join(':'));
    expect(sim.merged().sort()).toEqual([...movedMerges, `A${headingRow}:D${headingRow}`].sort());

    // The result reads as the seed again.
    expect(tablesOf(await host.read())).toEqual(tablesOf(seedDocument));
  });

  it('applying the fix twice changes nothing the second time', async () => {
    const { sim, host } = setup(seedWithout('HUISVESTING'));
    await insertHeadings(host);
    const once = sim.values();
    const merges = sim.merged();
    const second = await insertHeadings(host);
    expect(second.applied).toEqual([]);
    expect(sim.values()).toEqual(once);
    expect(sim.merged()).toEqual(merges);
  });

  it('inserts several headings (one at the very top of the body) in one write sync', async () => {
    const doc = seedCopy();
    const stripped: SourceDocument = plainDocument(({ before: beforeOf(doc), tables: tablesOf(doc).map((t) => t.filter((row) => row.length !== 1)), after: afterOf(doc) }));
    const { sim, host } = setup(stripped, { origin: 'B2' });
    await host.read();
    sim.resetTraffic();
    const result = await insertHeadings(host);
    expect(result.applied).toHaveLength(5);
    expect(sim.syncCount).toBe(2);
    const rows = tablesOf(await host.read()).flat();
    const headings = rows.filter((row) => row.length === 1).map((row) => row[0]?.[0]);
    expect(headings).toEqual(STANDARD_HEADINGS.map((h) => h.text));
    expect(rows.filter((row) => row.length !== 1)).toEqual(tablesOf(stripped).flat());
    expect(sim.merged()).toHaveLength(5);
  });

  it('in an Excel table inserts a table row, bold, not merged, and says so, in 3 syncs (the table\'s area is a sync of its own)', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'), { asListObject: true, origin: 'C5' });
    const result = await insertHeadings(host);
    expect(sim.syncCount).toBe(3);
    expect(result.notes).toEqual(['heading-not-merged']);
    expect(sim.merged()).toEqual([]);
    const doc = await host.read();
    expect(tablesOf(doc)).toEqual(unmergedHeadings(tablesOf(seedDocument)));
    const at = Object.entries(sim.values()).find(([, v]) => v === 'INBURGERING')?.[0] as string;
    expect(sim.bold(at)).toBe(true);
    expect(sim.workbook.active.tables[0]?.area.rowCount).toBe(tablesOf(seedDocument).reduce((n, t) => n + t.length, 0));
  });

  it('on a protected sheet throws protected and writes nothing', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'), { protected: true });
    const before = sim.values();
    await expectHostError(insertHeadings(host), 'protected');
    await expectHostError(refreshDateStamp(host, '2026-11-24'), 'protected');
    expect(sim.values()).toEqual(before);
    expect(sim.names()).toEqual({});
  });

  it('after a co-author edited the table since the check, throws changed and writes nothing', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'));
    const basis = await host.read();
    const row72 = Object.entries(sim.values()).find(([, v]) => String(v).startsWith('7.2 '))?.[0] as string;
    sim.edit((e) => e.setValue(row72.replace('A', 'D'), 'BZK'));
    const before = sim.values();
    await expectHostError(insertHeadings(host, basis), 'changed');
    expect(sim.values()).toEqual(before);
    // Against a fresh basis it goes through.
    await insertHeadings(host, await host.read());
    expect(Object.values(sim.values())).toContain('INBURGERING');
  });
});

describe('the date stamp', () => {
  const stampAddress = (sim: ExcelSimulator) =>
    Object.entries(sim.values()).find(([, v]) => v === '19 juni 2021' || typeof v === 'number')?.[0] as string;

  it('refreshes a text stamp as text, marks it with a name, and finds it again', async () => {
    const { sim, host } = setup();
    const address = stampAddress(sim);
    const result = await refreshDateStamp(host, '2026-11-24');
    expect(result.applied).toHaveLength(1);
    expect(sim.cellValue(address)).toBe('24 november 2026');
    expect(sim.numberFormat(address)).toBe('@');
    expect(sim.names()[STAMP_NAME]).toBe(`Stand van zaken!$${address.replace(/(\d+)/, '$$$1')}`);
    expect(sim.selection()).toBe(address);
    expect(afterOf(await host.read())).toEqual(['24 november 2026']);

    // A later date written below the stamp is not taken for it: the named cell is.
    sim.edit((e) => e.setValue(shiftAddress(address, 0, 3), '1 januari 2030'));
    await refreshDateStamp(host, '2026-12-01');
    expect(sim.cellValue(address)).toBe('1 december 2026');
    expect(sim.cellValue(shiftAddress(address, 0, 3))).toBe('1 januari 2030');
  });

  it('refreshes a serial stamp as a serial, keeping its date format', async () => {
    const { sim, host } = setup(seedDocument, { stampAsSerial: true });
    const address = stampAddress(sim);
    expect(sim.cellValue(address)).toBe(serial(2021, 6, 19));
    expect(afterOf(await host.read())).toEqual(['19 juni 2021']);
    await refreshDateStamp(host, '2026-11-24');
    expect(sim.cellValue(address)).toBe(serial(2026, 11, 24));
    expect(sim.numberFormat(address)).toBe('d mmmm yyyy');
    expect(afterOf(await host.read())).toEqual(['24 november 2026']);
  });

  it('adds a stamp below the table when there is none, and twice changes nothing', async () => {
    const { sim, host } = setup(around(seedCopy(), { after: [] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(afterOf(await host.read())).toEqual(['24 november 2026']);
    const once = sim.values();
    const second = await refreshDateStamp(host, '2026-11-24');
    expect(second.applied).toEqual([]);
    expect(sim.values()).toEqual(once);
  });

  it('keeps the named stamp through heading inserts in the same batch', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'));
    const address = stampAddress(sim);
    await host.update((doc) => {
      const report = findingsOf(doc, '2026-11-24');
      return [...planHeadings(report.table), ...planDateStamp(report.table, '2026-11-24')];
    });
    const moved = shiftAddress(address, 0, 1);
    expect(sim.cellValue(moved)).toBe('24 november 2026');
    expect(sim.names()[STAMP_NAME]).toBe(`Stand van zaken!$${moved.replace(/(\d+)/, '$$$1')}`);
  });
});

describe('marks', () => {
  it('fills flagged cells, and clearing restores each original fill exactly, even after rows moved', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'));
    sim.edit((e) => {
      e.setFill('C3', '#C6EFCE');
      e.setFill('C4', '#FFFFFF');
    });
    const fillsBefore = Object.fromEntries(Object.keys(sim.values()).map((a) => [a, sim.fill(a)]));
    const patternBefore = sim.workbook.active.cells.get('3,2')?.fill.pattern;

    const doc = await host.read();
    const report = findingsOf(doc, '2026-11-24');
    const locations = report.findings.map((f) => f.location).filter((l): l is CellLocation => l !== undefined && 'row' in l);
    expect(locations.length).toBeGreaterThan(0);
    await host.capabilities.marks.mark(locations);
    const marked = Object.keys(fillsBefore).filter((a) => sim.fill(a) === MARK_COLOR);
    expect(marked.length).toBeGreaterThan(0);
    expect(Object.keys(sim.names()).some((n) => n.startsWith('Statustabel_Markering_'))).toBe(true);
    expect(sim.workbook.names.every((n) => n.name === STAMP_NAME || !n.visible)).toBe(true);

    // Marking again (e.g. after a new check) keeps the originals, not the mark colour.
    await host.capabilities.marks.mark(locations);
    await insertHeadings(host);
    const headingRow = Number(/\d+/.exec(Object.entries(sim.values()).find(([, v]) => v === 'INBURGERING')?.[0] ?? '')?.[0]);
    await host.capabilities.marks.clear();

    const fillsAfter = Object.fromEntries(Object.keys(fillsBefore).map((a) => [a, sim.fill(shiftAddress(a, headingRow, 1))]));
    expect(fillsAfter).toEqual(fillsBefore);
    expect(sim.workbook.active.cells.get('3,2')?.fill.pattern).toBe(patternBefore);
    expect(sim.fill('C4')).toBe('#FFFFFF');
    expect(sim.workbook.active.cells.get('3,3')?.fill.pattern ?? 'None').toBe('None');
    expect(Object.keys(sim.names()).filter((n) => n.startsWith('Statustabel_Markering_'))).toEqual([]);
  });

  it('without ExcelApi 1.9 still restores colours and clears marks where there was no fill', async () => {
    const { sim, host } = setup(seedDocument, { requirementSets: { ExcelApi: '1.8' } });
    sim.edit((e) => e.setFill('B3', '#C6EFCE'));
    await host.capabilities.marks.mark([{ block: 0, row: 2, column: 1 }, { block: 0, row: 2, column: 2 }]);
    expect(sim.fill('B3')).toBe(MARK_COLOR);
    expect(sim.fill('C3')).toBe(MARK_COLOR);
    await host.capabilities.marks.clear();
    expect(sim.fill('B3')).toBe('#C6EFCE');
    expect(sim.fill('C3')).toBeUndefined();
  });
});

describe('select, settings, change events', () => {
  it('selects the cell of a finding and the stamp', async () => {
    const { sim, host } = setup(seedDocument, { origin: 'C5' });
    // Blocks: the title above the table, the four tables, the stamp.
    await host.capabilities.select({ block: 2, row: 2, column: 3 });
    // Table 1 starts after table 0's 4 rows: its row 2 is the 7th row of the table, sheet row 11.
    expect(sim.selection()).toBe('F11');
    await host.capabilities.select({ block: 1, row: 1 });
    expect(sim.selection()).toBe('C6:F6');
    await host.capabilities.select({ block: 5 });
    expect(sim.cellValue(sim.selection() as string)).toBe('19 juni 2021');
  });

  it('keeps settings as JSON under statustabel.settings', async () => {
    const { sim, host } = setup();
    expect(await host.capabilities.settings.load()).toBeUndefined();
    await host.capabilities.settings.save({ ...DEFAULT_SETTINGS, referenceDate: 'datestamp' });
    expect(typeof sim.office.settings.saved['statustabel.settings']).toBe('string');
    expect(await host.capabilities.settings.load()).toMatchObject({ referenceDate: 'datestamp' });
    sim.office.settings.failSaves('read-only');
    await expectHostError(host.capabilities.settings.save(DEFAULT_SETTINGS), 'failed');
  });

  it('tells of changes by co-authors and by its own writes, until unsubscribed', async () => {
    const { sim, host } = setup(seedWithout('INBURGERING'));
    const seen: number[] = [];
    const unsubscribe = await (host.capabilities.changes as NonNullable<typeof host.capabilities.changes>)(() => seen.push(1));
    sim.edit((e) => e.setValue('H1', 'x'));
    await settle();
    expect(seen.length).toBe(1);
    // Excel raises onChanged for each change the add-in makes too (a row inserted, its values written).
    await insertHeadings(host);
    await settle();
    expect(seen.length).toBeGreaterThan(1);
    const told = seen.length;
    unsubscribe();
    await settle();
    sim.edit((e) => e.setValue('H2', 'y'));
    await settle();
    expect(seen.length).toBe(told);
  });
});

describe('Office.js rules, as the real client and the simulated Excel keep them', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, and for items before load', async () => {
    setup(seedDocument);
    const codes: string[] = [];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const range = sheet.getRangeByIndexes(0, 0, 2, 2);
      const attempt = (read: () => unknown) => {
        try {
          read();
          codes.push('read');
        } catch (error) {
          codes.push(String((error as { code?: string }).code));
        }
      };
      attempt(() => range.values);
      range.load('values');
      attempt(() => range.values); // loaded but not synced
      attempt(() => sheet.tables.items);
      await context.sync();
      attempt(() => range.values);
      attempt(() => range.numberFormat); // never loaded
    });
    expect(codes).toEqual(['PropertyNotLoaded', 'PropertyNotLoaded', 'PropertyNotLoaded', 'read', 'PropertyNotLoaded']);
  });

  it('applies queued writes only at sync, in order, and counts syncs', async () => {
    const { sim } = setup(seedDocument);
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 7, 1, 1);
      cell.values = [['eerst']];
      cell.values = [['dan']];
      expect(sim.cellValue('H1')).toBe('');
      await context.sync();
    });
    expect(sim.cellValue('H1')).toBe('dan');
    expect(sim.syncCount).toBe(1);
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    const { sim } = setup(seedDocument, { protected: true });
    const write = Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1).values = [['x']];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sim.cellValue('A1')).toBe('Ondersteuningsmaatregel');
  });

  it('parses a typed date string into a serial unless the cell is text, as Excel does', async () => {
    const { sim } = setup(seedDocument);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRangeByIndexes(0, 7, 1, 1).values = [['24 november 2026']];
      const text = sheet.getRangeByIndexes(1, 7, 1, 1);
      text.numberFormat = [['@']];
      text.values = [['24 november 2026']];
      await context.sync();
    });
    expect(sim.cellValue('H1')).toBe(serial(2026, 11, 24));
    expect(sim.cellValue('H2')).toBe('24 november 2026');
  });

  it('snapshot reads the laid-out seed back as the seed', () => {
    const { sim } = setup(seedDocument, { origin: 'B4' });
    expect(sim.snapshot()).toEqual(contentOf(seedDocument));
  });
});

describe('a sheet without a status table', () => {
  it('hands on what the sheet holds, so core tells "another table" from "empty"', async () => {
    const priceTable: SourceDocument = plainDocument({ tables: [[[['Product'], ['Prijs']], [['Koffie'], ['2,50']]]], after: [] });
    const other = await setup(priceTable).host.read();
    expect(tablesOf(other)).toEqual([[[['Product'], ['Prijs']], [['Koffie'], ['2,50']]]]);
    expect(checkDocument(other, { today: '2026-11-24' })).toEqual({ ok: false, reason: 'no-status-table' });

    const empty = await setup(plainDocument({ tables: [], after: [] })).host.read();
    expect(checkDocument(empty, { today: '2026-11-24' })).toEqual({ ok: false, reason: 'empty' });
  });
});
