/**
 * The .xlsx reader and writer on workbooks as other producers write them (fixtures written part
 * by part by scripts/xlsx-fixtures.ts): package oddities read like the plain workbook, fix works
 * through them, and what cannot move safely is refused with the reason.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { planDateStamp, planHeadings, readStatusTable, type Edit, type SourceDocument } from '../../../src/core';
import { REASONS } from '../../../src/cli/messages';
import { FileError } from '../../../src/hosts/files/errors';
import { openXlsx } from '../../../src/hosts/files/xlsx';
import { buildFixtureXlsx, longText, withoutHeadings, type FixtureOptions } from '../../../scripts/xlsx-fixtures';
import { seedDocument } from '../../fixtures/seed';
import { afterOf, tablesOf } from '../../fixtures/plain';

const doc = withoutHeadings(seedDocument, ['HUISVESTING', 'INBURGERING']);
const TODAY = '2026-11-24';
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

const planned = (read: SourceDocument): Edit[] => {
  const table = readStatusTable(read);
  if (!table.ok) throw new Error(table.reason);
  return [...planHeadings(table.table), ...planDateStamp(table.table, TODAY)];
};

/** Opens, applies its own planned edits, and reads the result again. */
const fixed = async (bytes: Uint8Array): Promise<{ before: SourceDocument; after: SourceDocument; out: Uint8Array }> => {
  const file = await openXlsx(bytes);
  const out = await file.apply(planned(file.doc));
  return { before: file.doc, after: (await openXlsx(out)).doc, out };
};

const refusal = async (bytes: Uint8Array): Promise<FileError> => {
  const file = await openXlsx(bytes);
  const error = await file.apply(planned(file.doc)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileError)) throw new Error(`not refused: ${String(error)}`);
  return error;
};

/** The workbook with one part's text changed. */
const patch = (bytes: Uint8Array, name: string, change: (xml: string) => string): Uint8Array => {
  const parts = unzipSync(bytes);
  const xml = decode(parts[name]);
  const changed = change(xml);
  expect(changed).not.toBe(xml);
  parts[name] = strToU8(changed);
  return zipSync(parts, { mtime: new Date(2021, 5, 19) });
};

const plain = buildFixtureXlsx(doc);
const headingsOf = (read: SourceDocument): string[] =>
  tablesOf(read)
    .flat()
    .filter((row) => row.length === 1)
    .map((row) => row[0]?.join('') ?? '');

describe('package oddities read like the plain workbook, and fix works through them', () => {
  it.each<[string, FixtureOptions]>([
    ['parts under wtf/, found through the relationships', { paths: 'wtf' }],
    ['absolute part names in every relationship', { paths: 'absolute', features: ['comments', 'formulas'] }],
    ['SpreadsheetML with an x: prefix, an iconFilter, x14 conditional formats', { prefixed: true, features: ['autofilter', 'icon-filter', 'conditional'] }],
    ['an Excel table with hidden filter buttons on another sheet', { features: ['table-hidden-buttons', 'validation'] }],
  ])('%s', async (_name, options) => {
    const bytes = buildFixtureXlsx(doc, options);
    const { before, after } = await fixed(bytes);
    expect(tablesOf(before)).toEqual(tablesOf((await openXlsx(plain)).doc));
    expect(afterOf(before)).toEqual(['19 juni 2021']);
    expect(headingsOf(after)).toEqual(['HUISVESTING', 'OPVANG KORTE TERMIJN', 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING', 'INBURGERING', "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES"]);
    expect(afterOf(after)).toEqual(['24 november 2026']);
  });

  it("reads Excel 2007 beta's namespace and sstItem string items", async () => {
    const beta = buildFixtureXlsx(doc, { beta: true });
    expect(decode(unzipSync(beta)['xl/sharedStrings.xml'])).toContain('<sstItem>');
    expect((await openXlsx(beta)).doc).toEqual((await openXlsx(plain)).doc);
  });
});

describe('size: what the issue timed', () => {
  it('moves 50,000 merged ranges beside the table along with the rows', async () => {
    const bytes = buildFixtureXlsx(doc, { features: ['merges-50k'] });
    const { out } = await fixed(bytes);
    const all = [...decode(unzipSync(out)['xl/worksheets/sheet1.xml']).matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1] ?? '');
    // The three heading rows there were and the two new ones, and the 50,000 pairs in F:G.
    expect(all).toHaveLength(3 + 2 + 50_000);
    const pairs = all.filter((ref) => ref.startsWith('F'));
    // F1:G1-F3:G3 are above the first new heading (above row 4) and stay; from F4:G4 on they move
    // down one, and from the row of 7.2 (17) on two: the last pair, once F50000:G50000, is F50002:G50002.
    expect(pairs.slice(0, 5)).toEqual(['F1:G1', 'F2:G2', 'F3:G3', 'F5:G5', 'F6:G6']);
    expect(pairs[15]).toBe('F17:G17');
    expect(pairs[16]).toBe('F19:G19');
    expect(pairs[pairs.length - 1]).toBe('F50002:G50002');
  });

  it('reads 12,000 rows sharing one 1 MB string, and keeps the shared strings part as it was', async () => {
    const bytes = buildFixtureXlsx(doc, { sharedStatus: longText(1024 * 1024), extraMeasures: 12_000 });
    const { before, out } = await fixed(bytes);
    expect(tablesOf(before).flat().length).toBeGreaterThan(12_000);
    expect(Buffer.from(unzipSync(out)['xl/sharedStrings.xml'] as Uint8Array).equals(Buffer.from(unzipSync(bytes)['xl/sharedStrings.xml'] as Uint8Array))).toBe(true);
  });
});

describe('fix refuses what it cannot move safely, naming it', () => {
  const sheet = 'xl/worksheets/sheet1.xml';
  it.each<[string, () => Uint8Array, string, RegExp]>([
    [
      'a trekker cell merged down across the row where a heading goes',
      // 7.2 is at row 17 (INBURGERING goes above it): merge D16:D17, the row above and it.
      () => patch(plain, sheet, (xml) => xml.replace('<mergeCells count="3">', '<mergeCells count="4"><mergeCell ref="D16:D17"/>')),
      'refused',
      /merged cells in the table span D16:D17/,
    ],
    [
      'a shared formula whose cells and targets move apart',
      // H2:H20 reads the cell above its own: at the inserted rows, a cell and its target part.
      () => patch(plain, sheet, (xml) => xml.replace('<row r="2"/>', '<row r="2"/>').replace(/(<row r="2")([^>]*)\/>|(<row r="3">)/, (_all, open: string | undefined, rest: string | undefined, three: string | undefined) =>
        three ? `<row r="2"><c r="H2"><f t="shared" ref="H2:H20" si="0">A1</f><v>0</v></c></row>${three}` : `${open}${rest}><c r="H2"><f t="shared" ref="H2:H20" si="0">A1</f><v>0</v></c></row>`)),
      'refused',
      /a shared formula spans A1/,
    ],
    [
      'a date stamp that is a formula',
      () => patch(plain, sheet, (xml) => xml.replace(/<c r="A23" s="0" t="s"><v>\d+<\/v><\/c>/, '<c r="A23" t="str"><f>TEXT(TODAY(),"d mmmm jjjj")</f><v>19 juni 2021</v></c>')),
      'refused',
      /date stamp in Stand van zaken!A23 is a formula/,
    ],
    [
      'rows out of order on the sheet',
      () => patch(plain, sheet, (xml) => xml.replace('<row r="23">', '<row r="5">')),
      'refused',
      /rows are out of order/,
    ],
  ])('%s', async (_name, make, code, reason) => {
    const error = await refusal(make());
    expect(error.code).toBe(code);
    expect(REASONS.en(error.reason)).toMatch(reason);
  });

  it('refuses a pivot table on the status sheet that the new rows would split', async () => {
    // The pivot fixture's table moved onto the status sheet, at rows 3-20 beside the status table.
    const bytes = buildFixtureXlsx(doc, { features: ['pivot'] });
    const parts = unzipSync(bytes);
    const pivot = 'xl/pivotTables/pivotTable1.xml';
    parts[pivot] = strToU8(decode(parts[pivot]).replace('<location ref="A3:B9"', '<location ref="H3:I20"'));
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
    );
    const error = await refusal(zipSync(parts));
    expect(REASONS.nl(error.reason)).toBe('een draaitabel staat op H3:I20 (xl/pivotTables/pivotTable1.xml), over de rijen waar kopjes komen');
  });
});

describe('what fix writes', () => {
  it('adds a styles part, with its relationship and content type, to a workbook without one', async () => {
    // No heading row to copy and no styles: the new headings need a bold format of their own.
    const bare = withoutHeadings(seedDocument, ['HUISVESTING', 'OPVANG KORTE TERMIJN', 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING', 'INBURGERING', "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES"]);
    const parts = unzipSync(buildFixtureXlsx(bare));
    delete parts['xl/styles.xml'];
    parts['xl/worksheets/sheet1.xml'] = strToU8(decode(parts['xl/worksheets/sheet1.xml']).replace(/ s="\d+"/g, ''));
    parts['xl/_rels/workbook.xml.rels'] = strToU8(decode(parts['xl/_rels/workbook.xml.rels']).replace(/<Relationship [^>]*styles[^>]*\/>/, ''));
    parts['[Content_Types].xml'] = strToU8(decode(parts['[Content_Types].xml']).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''));
    const { after, out } = await fixed(zipSync(parts));
    expect(headingsOf(after)).toHaveLength(5);
    const written = unzipSync(out);
    expect(decode(written['xl/styles.xml'])).toContain('<font><b/>');
    expect(decode(written['xl/_rels/workbook.xml.rels'])).toMatch(/Type="[^"]*\/styles" Target="styles.xml"/);
    expect(decode(written['[Content_Types].xml'])).toContain('<Override PartName="/xl/styles.xml"');
    expect(decode(written['xl/worksheets/sheet1.xml'])).toMatch(/<c r="A4" s="1" t="inlineStr"><is><t>HUISVESTING<\/t><\/is><\/c>/);
  });

  it('puts a new stamp into the empty formatted row where it goes, moved down with the rest', async () => {
    // No stamp: the new one goes two rows below the table (row 23), where an empty row with a
    // height stands; both headings go above it, so the row is 25 when the stamp is written.
    const stampless = { ...doc, blocks: doc.blocks.filter((block, i) => !(block.kind === 'paragraph' && i === doc.blocks.length - 1)) };
    const bytes = patch(buildFixtureXlsx(stampless), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', '<row r="23" ht="20" customHeight="1"/></sheetData>'));
    const { out, after } = await fixed(bytes);
    expect(afterOf(after)).toEqual(['24 november 2026']);
    expect(decode(unzipSync(out)['xl/worksheets/sheet1.xml'])).toContain('<row r="25" ht="20" customHeight="1"><c r="A25" t="inlineStr"><is><t>24 november 2026</t></is></c></row>');
  });

  it('keeps a text stamp text, its first run bold, and leaves the shared string other cells use', async () => {
    const bytes = patch(plain, 'xl/sharedStrings.xml', (xml) => xml.replace('<si><t>19 juni 2021</t></si>', '<si><r><rPr><b/><sz val="11"/></rPr><t>19 juni 2021</t></r></si>'));
    const { out, after } = await fixed(bytes);
    expect(afterOf(after)).toEqual(['24 november 2026']);
    const written = unzipSync(out);
    expect(decode(written['xl/worksheets/sheet1.xml'])).toContain('<c r="A25" s="0" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>24 november 2026</t></r></is></c>');
    expect(decode(written['xl/sharedStrings.xml'])).toBe(decode(unzipSync(bytes)['xl/sharedStrings.xml']));
  });

  it('keeps a date a date in the 1904 date system, and an ISO date cell an ISO date', async () => {
    // 19 June 2021 is serial 44366 in the 1900 system, 42904 in the 1904 one (1,462 days less).
    const dated = buildFixtureXlsx(doc, { dateStamp: 'date' });
    const in1904 = patch(patch(dated, 'xl/workbook.xml', (xml) => xml.replace('<workbookPr ', '<workbookPr date1904="1" ')), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<v>44366</v>', '<v>42904</v>'));
    const old = await fixed(in1904);
    expect(afterOf(old.before)).toEqual(['19 juni 2021']);
    // 24 November 2026: 46350 - 1462.
    expect(decode(unzipSync(old.out)['xl/worksheets/sheet1.xml'])).toContain('<c r="A25" s="2"><v>44888</v></c>');
    const iso = patch(dated, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<c r="A23" s="2"><v>44366</v></c>', '<c r="A23" s="2" t="d"><v>2021-06-19T00:00:00</v></c>'));
    const isoFixed = await fixed(iso);
    expect(decode(unzipSync(isoFixed.out)['xl/worksheets/sheet1.xml'])).toContain('<c r="A25" s="2" t="d"><v>2026-11-24</v></c>');
  });
});
