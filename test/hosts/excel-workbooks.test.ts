import {
  checkDocument,
  paragraph,
  readStatusTable,
  sourceCell,
  type CellText,
  type SourceCell,
  type SourceDocument,
  type SourceTable,
} from '../../src/core';
import { createExcelHost, officeExcelEnvironment, PAGE_ROWS } from '../../src/hosts/excel';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import type { ExcelSimulatorOptions } from '../../src/simulator/excel';
import { syntheticDocument } from '../fixtures/synthetic';
import { afterOf, tablesOf } from '../fixtures/plain';
import { findingKeys } from '../fixtures/seedExpectation';
import { EXCEL_PAYLOAD_LIMIT, openExcel } from '../support/hosts';

/**
 * The Excel host on workbooks as people keep them, on Microsoft's Excel client over the
 * simulator: within Office's 5 MB payload limit, the table on any sheet, merged cells, line
 * breaks in a cell, and a stamp in any date format.
 */

const FIVE_MB = EXCEL_PAYLOAD_LIMIT;

const HEADER: SourceCell[] = ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'].map((text) => sourceCell([text]));

const table = (rows: readonly (readonly SourceCell[])[]): SourceTable => ({ kind: 'table', rows: [HEADER, ...rows].map((cells) => ({ cells })) });

const measure = (number: string, trekker: CellText | undefined, rowSpan = 1): SourceCell[] => [
  sourceCell([`${number} Maatregel ${number}`]),
  sourceCell(['Loopt volgens plan.']),
  sourceCell(['najaar 2027']),
  ...(trekker ? [sourceCell(trekker, 1, rowSpan)] : []),
];

/** HUISVESTING with a trekker merged down over two measures and a cell of two lines. */
const merged: SourceDocument = {
  blocks: [
    table([
      [sourceCell(['HUISVESTING'], 4)],
      measure('4.2.1.', ['BZK'], 2),
      measure('4.2.2.', undefined),
      measure('4.2.3.', ['JenV', 'COA']),
    ]),
    paragraph('19 juni 2021'),
  ],
};

const findings = (doc: SourceDocument, today = '2026-11-24' as const) => {
  const report = checkDocument(doc, { today });
  if (!report.ok) throw new Error(report.reason);
  return findingKeys(report.findings);
};

describe("Office's 5 MB payload limit", () => {
  it('reads 10,000 rows with the limit on, in one sync, every response under 5 MB, only the values and the number cells\' formats', async () => {
    const big = syntheticDocument(10_000, 3);
    const { sim, host } = openExcel(big, { payloadLimitBytes: FIVE_MB });
    const doc = await host.read();
    expect(sim.syncCount).toBe(1);
    expect(sim.traffic.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(tablesOf(doc)).toEqual(tablesOf(big));
    // Every format of the used range (what ExcelApi 1.8 must load) is at least "General" for each cell more.
    const everyFormat = openExcel(big, { payloadLimitBytes: FIVE_MB, requirementSets: { ExcelApi: '1.8' } });
    // (No merged areas below ExcelApi 1.13: headings read unmerged, with the same findings.)
    expect(findings(await everyFormat.host.read())).toEqual(findings(doc));
    const cells = tablesOf(big).reduce((n, t) => n + t.length * 4, 0);
    expect(everyFormat.sim.traffic.responseBytes - sim.traffic.responseBytes).toBeGreaterThan(cells * '"General",'.length);
  });

  it('inserts headings in 2 syncs and refreshes the stamp in 2 on 10,000 rows with the limit on', async () => {
    const full = syntheticDocument(10_000, 3);
    // Every heading row taken out: core plans them all back.
    const big: SourceDocument = {
      ...full,
      blocks: full.blocks.map((block) => (block.kind === 'table' ? { ...block, rows: block.rows.filter((row) => (row.cells[0]?.columnSpan ?? 1) === 1) } : block)),
    };
    const { sim, host } = openExcel(big, { payloadLimitBytes: FIVE_MB });
    expect((await insertHeadings(host)).applied.length).toBeGreaterThan(0);
    expect(sim.syncCount).toBe(2);
    sim.resetTraffic();
    await refreshDateStamp(host, '2026-11-24');
    // The stamp in 2, the stand it closes riding in them (hosts/excel/review.ts: ours found in the read, added and deleted in the write).
    expect(sim.syncCount).toBe(2);
    expect(sim.traffic.records.every((r) => r.error === undefined && r.responseBytes < FIVE_MB && r.requestBytes < FIVE_MB)).toBe(true);
  });

  it('reads a sheet whose values pass 5 MB in pages of rows, to the same document, each response under the limit', async () => {
    // 3,000 measures whose status runs to 2,000 characters: about 6 MB of values.
    const long = 'Loopt volgens plan, zie de toelichting. '.repeat(50);
    const rows = Array.from({ length: 3000 }, (_, i) => [
      sourceCell([`4.${Math.floor(i / 100) + 1}.${(i % 100) + 1}. Maatregel`]),
      sourceCell([long]),
      sourceCell(['najaar 2027']),
      sourceCell(['BZK']),
    ]);
    const large: SourceDocument = { blocks: [table(rows), paragraph('19 juni 2021')] };
    const unlimited = openExcel(large, { payloadLimitBytes: Number.POSITIVE_INFINITY });
    const expected = await unlimited.host.read();
    const { sim, host } = openExcel(large, { payloadLimitBytes: FIVE_MB });
    const doc = await host.read();
    expect(doc).toEqual(expected);
    const records = sim.traffic.records.filter((r) => r.kind === 'sync');
    // The first try is refused as a whole; then the place, then pages of at most PAGE_ROWS rows.
    expect(records[0]?.error).toBe('ResponsePayloadSizeLimitExceeded');
    expect(records.slice(1).every((r) => r.error === undefined || r.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(records.every((r) => r.responseBytes < FIVE_MB)).toBe(true);
    expect(records.filter((r) => r.error === undefined).length).toBeGreaterThanOrEqual(1 + Math.ceil(3002 / PAGE_ROWS));
  });
});

describe('the status table on any sheet', () => {
  /** The table on "Stand", a cover sheet "Voorblad" active, as many workbooks open. */
  const coverSheet = (options: ExcelSimulatorOptions = {}) => {
    const opened = openExcel(syntheticDocument(40, 1), { sheetName: 'Stand', ...options });
    opened.sim.edit((e) => {
      e.workbook.active = e.addSheet('Voorblad');
      e.setValue('A1', 'Stand van zaken ondersteuningsmaatregelen');
    });
    return opened;
  };

  it.each([
    ['a plain range', {}, 1, 2],
    ['an Excel table', { asListObject: true }, 2, 3],
  ] as const)('on another sheet (%s): the sheets capability names it in 2 syncs, and the host on it checks and writes there', async (_, options, checkSyncs, stampSyncs) => {
    const { sim, host } = coverSheet(options);
    // The active sheet is read, and holds no status table: the pane then asks which sheets do.
    expect(readStatusTable(await host.read())).toEqual({ ok: false, reason: 'no-status-table' });
    sim.resetTraffic();
    expect(await host.capabilities.sheets.withTable?.()).toEqual(['Stand']);
    expect(sim.syncCount).toBe(2);

    const onStand = createExcelHost(officeExcelEnvironment(), { sheet: 'Stand' });
    sim.resetTraffic();
    const found = readStatusTable(await onStand.read());
    expect(sim.syncCount).toBe(checkSyncs);
    const expected = readStatusTable(syntheticDocument(40, 1));
    expect(found.ok && expected.ok && found.table.measureRows.length === expected.table.measureRows.length).toBe(true);
    sim.resetTraffic();
    await refreshDateStamp(onStand, '2026-11-24');
    // The stamp, the stand it closes kept in the same syncs (hosts/excel/review.ts).
    expect(sim.syncCount).toBe(stampSyncs);
    const stand = sim.workbook.sheets.find((s) => s.name === 'Stand');
    expect([...(stand?.cells.values() ?? [])].some((cell) => cell.value === '24 november 2026')).toBe(true);
    expect(sim.workbook.selection?.sheet.name).toBe('Stand');
  });

  it('names every sheet that holds one, in the workbook\'s order; the active one is read', async () => {
    const { sim, host } = coverSheet();
    sim.edit((e) => {
      const second = e.addSheet('Vorige stand');
      e.workbook.active = second;
      [['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'], ['4.2.1. Oud', 'Klaar.', 'gereed', 'BZK']].forEach((line, r) =>
        line.forEach((value, c) => e.setValue(`${'ABCD'[c]}${r + 1}`, value)),
      );
    });
    expect(tablesOf(await host.read())[0]?.[1]?.[0]).toEqual(['4.2.1. Oud']);
    expect(await host.capabilities.sheets.withTable?.()).toEqual(['Stand', 'Vorige stand']);
    expect(await host.capabilities.sheets.list()).toEqual(['Stand', 'Voorblad', 'Vorige stand']);
  });

  it('names them sheet by sheet where all sheets together pass 5 MB', async () => {
    const { sim, host } = coverSheet();
    sim.edit((e) => {
      const filler = e.addSheet('Bijlage');
      const text = 'x'.repeat(20_000);
      for (let r = 0; r < 300; r += 1) filler.cells.set(`${r},0`, { value: text, numberFormat: 'General', bold: false, fill: { color: null, pattern: 'None', patternColor: null, tintAndShade: 0 } });
    });
    sim.resetTraffic();
    expect(await host.capabilities.sheets.withTable?.()).toEqual(['Stand']);
    expect(sim.traffic.records.every((r) => r.responseBytes < FIVE_MB)).toBe(true);
  });
});

describe('cells as people fill them', () => {
  it('a trekker merged down over two measures gives both their trekker; two lines in a cell are two names', async () => {
    const { host } = openExcel(merged);
    const doc = await host.read();
    const rows = tablesOf(doc)[0] ?? [];
    // The merged area is one cell spanning two rows, as core reads merges; the lines stay lines.
    const block = doc.blocks.find((b): b is SourceTable => b.kind === 'table');
    expect(block?.rows[2]?.cells[3]).toEqual(sourceCell(['BZK'], 1, 2));
    expect(rows[3]).toHaveLength(3);
    expect(rows[4]?.[3]).toEqual(['JenV', 'COA']);
    const keys = findings(doc);
    expect(keys.filter((k) => k.rule === 'trekker.missing' || k.rule === 'trekker.unknown')).toEqual([]);
    expect(keys).toEqual(findings(merged));
  });

  it('without ExcelApi 1.13 (no merged areas) the second measure has no trekker, and says so', async () => {
    const { host } = openExcel(merged, { requirementSets: { ExcelApi: '1.12' } });
    const keys = findings(await host.read());
    expect(keys.filter((k) => k.rule === 'trekker.missing').map((k) => k.subject)).toEqual(['4.2.2']);
  });

  it('a real date in Planning reads as the date it shows', async () => {
    const { sim, host } = openExcel(merged);
    const address = Object.entries(sim.values()).find(([, v]) => v === 'najaar 2027')?.[0] as string;
    sim.edit((e) => {
      e.setValue(address, (Date.UTC(2021, 8, 15) - Date.UTC(1899, 11, 30)) / 86_400_000);
      e.setNumberFormat(address, 'dd-mm-yyyy');
    });
    const doc = await host.read();
    expect(tablesOf(doc)[0]?.[2]?.[2]).toEqual(['15 september 2021']);
    expect(findings(doc).filter((k) => k.rule === 'planning.past-due').map((k) => k.subject)).toEqual(['4.2.1']);
  });
});

describe('the stamp in any date format', () => {
  const SERIAL_19_JUNE_2021 = 44366;
  const stampCell = (sim: ReturnType<typeof openExcel>['sim']) => Object.entries(sim.values()).find(([, v]) => v === '19 juni 2021')?.[0] as string;

  it.each(['d mmmm yyyy', '[$-413]d mmmm yyyy', '[$-nl-NL]d mmmm yyyy;@', 'dd-mm-yyyy', 'd-m-yy', 'yyyy-mm-dd', '[$-F800]dddd, mmmm dd, yyyy'])(
    'a real date formatted %s is the stamp; a refresh writes the new serial and keeps the format',
    async (format) => {
      const { sim, host } = openExcel(merged);
      const address = stampCell(sim);
      sim.edit((e) => {
        e.setValue(address, SERIAL_19_JUNE_2021);
        e.setNumberFormat(address, format);
      });
      const before = readStatusTable(await host.read());
      expect(before.ok && before.table.dateStamp?.date).toBe('2021-06-19');
      await refreshDateStamp(host, '2026-11-24');
      expect(sim.cellValue(address)).toBe(SERIAL_19_JUNE_2021 + (Date.UTC(2026, 10, 24) - Date.UTC(2021, 5, 19)) / 86_400_000);
      expect(sim.numberFormat(address)).toBe(format);
    },
  );

  it('a text stamp with a place ("Den Haag, 19 juni 2021") stays text in its own words', async () => {
    const { sim, host } = openExcel(merged);
    const address = stampCell(sim);
    sim.edit((e) => e.setValue(address, 'Den Haag, 19 juni 2021'));
    const before = readStatusTable(await host.read());
    expect(before.ok && before.table.dateStamp?.date).toBe('2021-06-19');
    await refreshDateStamp(host, '2026-11-24');
    expect(sim.cellValue(address)).toBe('Den Haag, 24 november 2026');
    expect(sim.numberFormat(address)).toBe('@');
  });

  it('a number without a date format is a number, not a stamp', async () => {
    const { sim, host } = openExcel(merged);
    const address = stampCell(sim);
    sim.edit((e) => e.setValue(address, SERIAL_19_JUNE_2021));
    const doc = await host.read();
    expect(afterOf(doc)).toEqual(['44366']);
    expect(findings(doc).map((k) => k.rule)).toContain('datestamp.missing');
  });
});
