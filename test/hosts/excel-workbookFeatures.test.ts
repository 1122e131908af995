import { MERGED_OVER_HEADING_CELL, mergedDownOverHeading, XLSX_FIXTURES, type XlsxFixture } from '../../scripts/xlsx-feature-fixtures';
import { HostError } from '../../src/hosts/host';
import { createExcelHost, officeExcelEnvironment } from '../../src/hosts/excel';
import { fixDocument, runCheck } from '../../src/hosts/operations';
import { openExcelFile } from '../support/excelWorkbook';
import { checkedReport } from '../support/check';

/**
 * "Koppen invoegen" and "Datum bijwerken" in Excel on the workbook feature fixtures (issue 12),
 * each open in the simulator as Excel's API reports it: a new heading takes the form the sheet's
 * headings have (merged across the table, or typed in the first cell), and a stamp that is a real
 * date stays a date in its own format.
 */

const fixture = (id: string): XlsxFixture => {
  const found = [...XLSX_FIXTURES].find((f) => f.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
};

/** The fixture open under the Excel host, on the sheet holding its table. */
const open = async (id: string) => {
  const opened = await openExcelFile(await fixture(id).build());
  return { ...opened, host: createExcelHost(officeExcelEnvironment(), { sheet: fixture(id).sheet }) };
};

const headingAndStampFindings = async (host: Parameters<typeof runCheck>[0], today: string): Promise<string[]> => {
  const report = await checkedReport(host, today);
  return report.findings.filter((f) => f.rule.startsWith('heading.') || f.rule.startsWith('datestamp.')).map((f) => `${f.rule} ${f.heading ?? ''}`);
};

describe('Koppen invoegen in Excel keeps the form of the sheet’s headings', () => {
  it('merges a new heading across the table where the headings are merged rows', async () => {
    const { sim, host } = await open('headings-merged');
    const before = sim.merged();
    await fixDocument(host, { headings: true, datestamp: false, today: '2021-06-19' });
    expect(await headingAndStampFindings(host, '2021-06-19')).toEqual([]);
    // OPVANG KORTE TERMIJN goes above 5.1.1 (row 6): a row of its own, merged A:D; the rows below move down.
    expect(sim.cellValue('A6')).toBe('OPVANG KORTE TERMIJN');
    expect(sim.merged()).toEqual(expect.arrayContaining(['A6:D6', 'A4:D4']));
    expect(sim.merged()).not.toEqual(before);
  });

  it('types a new heading in the first cell, unmerged, where the headings are typed so', async () => {
    const { sim, host } = await open('headings-plain');
    expect(sim.merged()).toEqual([]);
    await fixDocument(host, { headings: true, datestamp: false, today: '2021-06-19' });
    expect(await headingAndStampFindings(host, '2021-06-19')).toEqual([]);
    // OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING goes above 6.1.1 (row 8), in A8 only.
    expect(sim.cellValue('A8')).toBe('OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING');
    expect(sim.cellValue('B8')).toBe('');
    expect(sim.merged()).toEqual([]);
  });
});

describe('Datum bijwerken in Excel on a stamp that is a real date', () => {
  it.each([
    ['stamp-date-dmy', 'd-m-yyyy'],
    ['stamp-date-long', 'd mmmm yyyy'],
    ['stamp-date-iso', 'yyyy-mm-dd'],
  ])('%s: writes the new date as a date serial, the format %s kept', async (id, format) => {
    const { sim, host } = await open(id);
    // Title A1, header A3, a heading and two measures, a blank row: the stamp is A8.
    expect(sim.numberFormat('A8')).toBe(format);
    await fixDocument(host, { headings: false, datestamp: true, today: '2026-11-25' });
    // 25 November 2026 is day 46351 after 30 December 1899.
    expect(sim.cellValue('A8')).toBe(46351);
    expect(sim.numberFormat('A8')).toBe(format);
    expect(await headingAndStampFindings(host, '2026-11-25')).not.toContain('datestamp.stale ');
  });
});

describe('Koppen invoegen in Excel where a trekker is merged down over the place of the new heading', () => {
  it('refuses, naming the merged cells, and changes nothing; the stamp alone is still refreshed', async () => {
    const { sim, host } = await open(mergedDownOverHeading.id);
    const values = sim.values();
    const merged = sim.merged();
    const refused = await fixDocument(host, { headings: true, datestamp: true, today: '2026-11-25' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HostError);
    expect(refused).toMatchObject({ code: 'merge-in-the-way', detail: `${MERGED_OVER_HEADING_CELL}:D7` });
    expect(sim.values()).toEqual(values);
    expect(sim.merged()).toEqual(merged);
    // Without a heading to insert no row moves: the stamp is refreshed, VNG stays the trekker of both rows.
    await fixDocument(host, { headings: false, datestamp: true, today: '2026-11-25' });
    expect(sim.merged()).toEqual(merged);
    const { report } = await runCheck(host, '2026-11-25');
    expect(report.ok && report.findings.filter((f) => f.rule === 'trekker.missing')).toEqual([]);
  });
});
