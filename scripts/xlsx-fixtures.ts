/**
 * Workbooks written part by part, so the markup is ours to choose: the status table (from a
 * SourceDocument, laid out as people lay it out in Excel) together with the things real workbooks
 * carry and `fix` must keep or move — charts, pivot tables, comments with their VML shapes,
 * autofilters with sheet-local `_xlnm._FilterDatabase` names, data validations, conditional
 * formats (plain and x14), sheet-local names, a thumbnail, custom properties and custom XML,
 * printer settings, an Excel table with hidden filter buttons, formulas and hyperlinks into the
 * status sheet — and the package oddities other producers write: absolute part names, parts
 * under wtf/, a prefixed SpreadsheetML namespace, Excel 2007 beta's `sstItem`, `iconFilter`,
 * 50,000 merged ranges, one 1 MB shared string in 12,000 cells.
 *
 * Every builder is deterministic (fixed zip times). Tests and the bench import them;
 * `npx tsx scripts/xlsx-fixtures.ts DIR` writes them all to DIR to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { isTable, sourceCell, type SourceDocument, type SourceTable } from '../src/core/document';
import { resolveGrid } from '../src/core/tableGrid';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const BETA = 'http://schemas.microsoft.com/office/excel/2006/2';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const REL = (type: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
const TYPE = (type: string) => `application/vnd.openxmlformats-officedocument.${type}`;

export type Feature =
  | 'chart'
  | 'chart-across'
  | 'pivot'
  | 'pivot-across'
  | 'comments'
  | 'autofilter'
  | 'validation'
  | 'conditional'
  | 'local-names'
  | 'thumbnail'
  | 'custom'
  | 'printer'
  | 'table-hidden-buttons'
  | 'formulas'
  | 'shape'
  | 'icon-filter'
  | 'merges-50k';

export interface FixtureOptions {
  readonly features?: readonly Feature[];
  /** The date stamp as a real date (number in a date format) instead of text. */
  readonly dateStamp?: 'text' | 'date';
  /** Part names: standard ones, absolute targets in the relationships, or everything under wtf/. */
  readonly paths?: 'standard' | 'absolute' | 'wtf';
  /** SpreadsheetML with an `x:` prefix instead of the default namespace. */
  readonly prefixed?: boolean;
  /** Excel 2007 beta: namespace .../excel/2006/2, `sstItem` for string items. */
  readonly beta?: boolean;
  /** Every measure's status replaced by this text (one shared string, however many rows). */
  readonly sharedStatus?: string;
  /** Extra measure rows appended to the last table, all alike. */
  readonly extraMeasures?: number;
}

export const ALL_FEATURES: readonly Feature[] = [
  'chart', 'pivot', 'comments', 'autofilter', 'validation', 'conditional', 'local-names', 'thumbnail', 'custom', 'printer',
  'table-hidden-buttons', 'formulas', 'shape', 'icon-filter',
];

export const STATUS_SHEET = 'Stand van zaken';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (n: number): string => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};
const ref = (row: number, column: number): string => `${col(column)}${row}`;

/** Shared strings, in first-use order. */
const stringTable = () => {
  const items: string[] = [];
  const index = new Map<string, number>();
  let uses = 0;
  return {
    add: (text: string): number => {
      uses += 1;
      let i = index.get(text);
      if (i === undefined) {
        i = items.length;
        items.push(text);
        index.set(text, i);
      }
      return i;
    },
    items,
    get uses() {
      return uses;
    },
  };
};

interface Cell {
  readonly c: number;
  readonly xml: string;
}

/** Where things landed on the status sheet, for the features that refer to them. */
export interface StatusLayout {
  readonly headerRow: number;
  readonly firstBodyRow: number;
  readonly lastTableRow: number;
  readonly lastMeasureRow: number;
  readonly stampRow: number;
  readonly width: number;
}


/** Cell formats of our styles part: 0 normal, 1 bold, 2 a date, 3 wrapped, 4 bold with a border, 5 a number. */
const styles = (p: string, ns: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'}="${ns}">` +
  `<${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="d\\ mmmm\\ yyyy"/></${p}numFmts>` +
  `<${p}fonts count="3"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font><${p}font><${p}b/><${p}sz val="11"/><${p}name val="Calibri"/></${p}font><${p}font><${p}sz val="14"/><${p}name val="Calibri"/></${p}font></${p}fonts>` +
  `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
  `<${p}borders count="2"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border><${p}border><${p}left style="thin"/><${p}right style="thin"/><${p}top style="thin"/><${p}bottom style="thin"/><${p}diagonal/></${p}border></${p}borders>` +
  `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
  `<${p}cellXfs count="6"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>` +
  `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/><${p}xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs>` +
  `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles>` +
  `<${p}dxfs count="1"><${p}dxf><${p}fill><${p}patternFill><${p}bgColor rgb="FFFFC7CE"/></${p}patternFill></${p}fill></${p}dxf></${p}dxfs></${p}styleSheet>`;

/** Excel's serial number of a date (1900 system). */
const serial = (year: number, month: number, day: number): number => Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

interface Package {
  readonly parts: Map<string, string | Uint8Array>;
  readonly types: Map<string, string>;
  readonly defaults: Map<string, string>;
  readonly rels: Map<string, { id: string; type: string; target: string }[]>;
}

const addRel = (pkg: Package, source: string, type: string, target: string, id?: string): string => {
  const list = pkg.rels.get(source) ?? [];
  const rid = id ?? `rId${list.length + 1}`;
  list.push({ id: rid, type, target });
  pkg.rels.set(source, list);
  return rid;
};

const relsName = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A relationship target from `source` to `target` (both part names): relative, or absolute for `paths: 'absolute'`. */
const target = (source: string, part: string, absolute: boolean): string => {
  if (absolute) return `/${part}`;
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
};

/** The status table workbook with the features asked for. */
export const buildFixtureXlsx = (doc: SourceDocument, options: FixtureOptions = {}): Uint8Array => {
  const features = new Set(options.features ?? []);
  const beta = options.beta === true;
  const ns = beta ? BETA : MAIN;
  const p = options.prefixed ? 'x:' : '';
  const xmlns = p ? `xmlns:x="${ns}"` : `xmlns="${ns}"`;
  const base = options.paths === 'wtf' ? 'wtf/' : 'xl/';
  const absolute = options.paths === 'absolute';
  const names = {
    workbook: `${base}workbook.xml`,
    styles: `${base}styles.xml`,
    strings: `${base}sharedStrings.xml`,
    status: options.paths === 'wtf' ? `${base}sheets/status.xml` : `${base}worksheets/sheet1.xml`,
    data: `${base}worksheets/sheet2.xml`,
    overview: `${base}worksheets/sheet3.xml`,
    chartSheet: `${base}worksheets/sheet4.xml`,
    pivotSheet: `${base}worksheets/sheet5.xml`,
  };
  const pkg: Package = { parts: new Map(), types: new Map(), defaults: new Map(), rels: new Map() };
  pkg.defaults.set('rels', 'application/vnd.openxmlformats-package.relationships+xml');
  pkg.defaults.set('xml', 'application/xml');
  const strings = stringTable();
  const sheetStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns} xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">`;
  const s = (text: string): string => `<${p}v>${strings.add(text)}</${p}v>`;

  // ——— the status sheet ———
  // Paragraphs before the first table, the tables one after another (on a sheet nothing stands
  // between them), paragraphs after the last table.
  const firstTable = doc.blocks.findIndex(isTable);
  const lastTable = doc.blocks.length - 1 - [...doc.blocks].reverse().findIndex(isTable);
  const paragraphsIn = (from: number, to: number): string[] =>
    doc.blocks.slice(from, to).flatMap((block) => (block.kind === 'paragraph' && block.text.trim() !== '' ? [block.text] : []));
  const before = paragraphsIn(0, firstTable);
  const after = paragraphsIn(lastTable + 1, doc.blocks.length);
  const tables: SourceTable[] = doc.blocks.filter(isTable).map((t) => ({ ...t, rows: [...t.rows] }));
  const extra = options.extraMeasures ?? 0;
  const lastOne = tables[tables.length - 1];
  if (extra > 0 && lastOne) {
    const more = Array.from({ length: extra }, (_, i) => ({ cells: [`8.9.${i + 1} Extra maatregel ${i + 1}`, 'Loopt', 'eind 2030', 'BZK'].map((t) => sourceCell([t])) }));
    tables[tables.length - 1] = { ...lastOne, rows: [...lastOne.rows, ...more] };
  }
  const grids = tables.map(resolveGrid);
  const width = Math.max(1, ...grids.map((g) => g.width));
  const rows: { r: number; cells: Cell[]; ht?: number }[] = [];
  const merges: string[] = [];
  let r = 1;
  const strCell = (c: number, text: string, style: number): Cell => ({ c, xml: `<${p}c r="${ref(r, c)}" s="${style}" t="s">${s(text)}</${p}c>` });
  for (const text of before) {
    rows.push({ r, cells: [strCell(1, text, 1)] });
    r += 1;
  }
  r += 1;
  const headerRow = r;
  let lastMeasureRow = r;
  for (const grid of grids) {
    grid.own.forEach((own) => {
      const header = /^ondersteunings-?\s*maatregel/i.test((own[0]?.paragraphs ?? []).join(' ').trim()) && own.length > 1;
      const heading = own.length === 1 && (own[0]?.columnSpan ?? 1) >= width && width > 1;
      const style = heading ? 1 : header ? 4 : 3;
      const cells: Cell[] = [];
      for (const cell of own) {
        const text = !header && !heading && cell.column === 1 && options.sharedStatus !== undefined ? options.sharedStatus : cell.paragraphs.join('\n');
        cells.push(strCell(cell.column + 1, text, style));
        for (let c = cell.column + 2; c <= cell.column + cell.columnSpan; c += 1) cells.push({ c, xml: `<${p}c r="${ref(r, c)}" s="${style}"/>` });
        if (cell.columnSpan > 1 || cell.rowSpan > 1) merges.push(`${ref(r, cell.column + 1)}:${ref(r + cell.rowSpan - 1, cell.column + cell.columnSpan)}`);
      }
      rows.push({ r, cells, ...(heading ? { ht: 22 } : {}) });
      if (!header && !heading) lastMeasureRow = r;
      r += 1;
    });
  }
  const lastTableRow = r - 1;
  r += 1;
  const stampRow = r;
  for (const text of after) {
    const date = /^(\d{1,2}) (\w+) (\d{4})$/.exec(text);
    const month = date ? MONTHS.indexOf(date[2] ?? '') + 1 : 0;
    if (options.dateStamp === 'date' && date && month > 0) {
      rows.push({ r, cells: [{ c: 1, xml: `<${p}c r="${ref(r, 1)}" s="2"><${p}v>${serial(Number(date[3]), month, Number(date[1]))}</${p}v></${p}c>` }] });
    } else rows.push({ r, cells: [strCell(1, text, 0)] });
    r += 1;
  }
  const layout: StatusLayout = { headerRow, firstBodyRow: headerRow + 1, lastTableRow, lastMeasureRow, stampRow, width };
  const sheetName = STATUS_SHEET;
  const quoted = `'${sheetName}'`;

  const sections: Record<string, string> = {};
  const statusRels: { id: string; type: string; part: string }[] = [];
  const relTo = (type: string, part: string): string => {
    const id = `rId${statusRels.length + 1}`;
    statusRels.push({ id, type, part });
    return id;
  };

  if (features.has('formulas')) {
    // Formulas on the status sheet beside the title (row 1, columns F:G: not the table's, and
    // above it, so no cell after the table copies the stamp), and a hyperlink from the stamp.
    const title = rows.find((row) => row.r === 1);
    title?.cells.push(
      { c: 6, xml: `<${p}c r="F1" s="5"><${p}f>COUNTA(A${layout.firstBodyRow}:A${lastTableRow})</${p}f><${p}v>${lastTableRow - layout.firstBodyRow + 1}</${p}v></${p}c>` },
      { c: 7, xml: `<${p}c r="G1" t="str"><${p}f>A${stampRow}</${p}f><${p}v>${esc(after[0] ?? '')}</${p}v></${p}c>` },
    );
    sections.hyperlinks = `<${p}hyperlinks><${p}hyperlink ref="A${stampRow}" location="Overzicht!A1" display="Overzicht"/><${p}hyperlink ref="A1" r:id="${relTo('hyperlink', 'https://example.org/stand')}"/></${p}hyperlinks>`;
  }
  if (features.has('merges-50k')) {
    // 50,000 merged pairs beside the table, in columns F:G, each on its own row.
    for (let k = 1; k <= 50_000; k += 1) merges.push(`F${k}:G${k}`);
  }
  if (features.has('autofilter')) {
    sections.autoFilter = features.has('icon-filter')
      ? `<${p}autoFilter ref="A${headerRow}:${col(width)}${lastTableRow}"><${p}filterColumn colId="2"><${p}iconFilter iconSet="3Arrows" iconId="0"/></${p}filterColumn></${p}autoFilter>`
      : `<${p}autoFilter ref="A${headerRow}:${col(width)}${lastTableRow}"/>`;
  }
  if (features.has('conditional')) {
    sections.conditionalFormatting = `<${p}conditionalFormatting sqref="C${layout.firstBodyRow}:C${lastTableRow}"><${p}cfRule type="expression" dxfId="0" priority="1"><${p}formula>LEN($C${layout.firstBodyRow})=0</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
  }
  if (features.has('validation')) {
    sections.dataValidations = `<${p}dataValidations count="1"><${p}dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D${layout.firstBodyRow}:D${lastTableRow}"><${p}formula1>Trekkers</${p}formula1></${p}dataValidation></${p}dataValidations>`;
  }
  const ext: string[] = [];
  if (features.has('conditional')) {
    ext.push(`<${p}ext xmlns:x14="${X14}" uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="2" id="{00000000-0000-0000-0000-000000000001}"><xm:f>LEN($D${layout.firstBodyRow})=0</xm:f><x14:dxf><${p}fill><${p}patternFill><${p}bgColor rgb="FFFFEB9C"/></${p}patternFill></${p}fill></x14:dxf></x14:cfRule><xm:sqref>D${layout.firstBodyRow}:D${lastTableRow}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></${p}ext>`);
  }
  if (features.has('validation')) {
    ext.push(`<${p}ext xmlns:x14="${X14}" uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations xmlns:xm="${XM}" count="1"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Data!$A$2:$A$6</xm:f></x14:formula1><xm:sqref>B${lastMeasureRow}</xm:sqref></x14:dataValidation></x14:dataValidations></${p}ext>`);
  }
  if (features.has('comments')) {
    const commentsPart = `${base}comments1.xml`;
    const vmlPart = `${base}drawings/vmlDrawing1.vml`;
    relTo('comments', commentsPart);
    sections.legacyDrawing = `<${p}legacyDrawing r:id="${relTo('vmlDrawing', vmlPart)}"/>`;
    const commented = [ref(lastMeasureRow, 4), ref(stampRow, 1), 'C1'];
    pkg.parts.set(
      commentsPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Secretariaat</author></authors><commentList>` +
        commented.map((at, i) => `<comment ref="${at}" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>Secretariaat:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\nOpmerking ${i + 1}</t></r></text></comment>`).join('') +
        `</commentList></comments>`,
    );
    pkg.types.set(commentsPart, TYPE('spreadsheetml.comments+xml'));
    pkg.defaults.set('vml', TYPE('vmlDrawing'));
    // VML as Excel writes it: not XML-clean (an unclosed <br> in the text box), rows zero-based.
    const shape = (row: number, column: number, id: number) =>
      `<v:shape id="_x0000_s${1024 + id}" type="#_x0000_t202" style='position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id};visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">\n  <v:fill color2="#ffffe1"/>\n  <v:textbox style='mso-direction-alt:auto'>\n   <div style='text-align:left'>Opmerking<br></div>\n  </v:textbox>\n  <x:ClientData ObjectType="Note">\n   <x:MoveWithCells/>\n   <x:SizeWithCells/>\n   <x:Anchor>\n    ${column + 1}, 15, ${row}, 2, ${column + 3}, 15, ${row + 4}, 16</x:Anchor>\n   <x:AutoFill>False</x:AutoFill>\n   <x:Row>${row}</x:Row>\n   <x:Column>${column}</x:Column>\n  </x:ClientData>\n </v:shape>`;
    pkg.parts.set(
      vmlPart,
      `<xml xmlns:v="urn:schemas-microsoft-com:vml"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\n  path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype>` +
        [shape(lastMeasureRow - 1, 3, 1), shape(stampRow - 1, 0, 2), shape(0, 2, 3)].join('') +
        `</xml>`,
    );
  }
  if (features.has('shape') || features.has('chart-across')) {
    // A text box on the status sheet below the table, its text linked to the stamp cell.
    const drawingPart = `${base}drawings/drawing2.xml`;
    sections.drawing = `<${p}drawing r:id="${relTo('drawing', drawingPart)}"/>`;
    const chartRef = features.has('chart-across') ? `${base}charts/chart2.xml` : undefined;
    const anchor = (from: number, to: number, body: string) =>
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
    const textBox = `<xdr:sp macro="" textlink="${esc(`${quoted}!$A$${stampRow}`)}"><xdr:nvSpPr><xdr:cNvPr id="2" name="Tekstvak 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="381000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{00000000-0000-0000-0000-000000000002}" type="TxLink"><a:t>${esc(after[0] ?? '')}</a:t></a:fld></a:p></xdr:txBody></xdr:sp>`;
    const chartFrame = (rid: string) => `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Grafiek 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
    const anchors = [anchor(stampRow + 1, stampRow + 4, textBox)];
    if (chartRef) {
      addRel(pkg, drawingPart, REL('chart'), target(drawingPart, chartRef, absolute), 'rId1');
      anchors.push(anchor(stampRow + 5, stampRow + 20, chartFrame('rId1')));
      pkg.parts.set(chartRef, chartXml('Maatregelen', `${quoted}!$A$${layout.firstBodyRow}:$A$${lastTableRow}`, `${quoted}!$B$${layout.firstBodyRow}:$B$${lastTableRow}`));
      pkg.types.set(chartRef, TYPE('drawingml.chart+xml'));
    }
    pkg.parts.set(drawingPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join('')}</xdr:wsDr>`);
    pkg.types.set(drawingPart, TYPE('drawing+xml'));
  }
  if (features.has('printer')) {
    const printer = `${base}printerSettings/printerSettings1.bin`;
    pkg.parts.set(printer, Uint8Array.from({ length: 256 }, (_, i) => (i * 37) & 0xff));
    pkg.defaults.set('bin', TYPE('spreadsheetml.printerSettings'));
    sections.pageSetup = `<${p}pageSetup paperSize="9" orientation="landscape" r:id="${relTo('printerSettings', printer)}"/>`;
  }
  sections.pageMargins = `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  sections.rowBreaks = `<${p}rowBreaks count="1" manualBreakCount="1"><${p}brk id="${lastTableRow}" max="16383" man="1"/></${p}rowBreaks>`;

  const sheetXml = (rowsOf: typeof rows, mergeList: readonly string[], parts: Record<string, string>, extList: readonly string[], views: string, cols: string): string => {
    const sorted = [...rowsOf].sort((a, b) => a.r - b.r);
    const data = sorted
      .map((row) => `<${p}row r="${row.r}"${row.ht ? ` ht="${row.ht}" customHeight="1"` : ''}>${row.cells.sort((a, b) => a.c - b.c).map((c) => c.xml).join('')}</${p}row>`)
      .join('');
    const last = sorted[sorted.length - 1]?.r ?? 1;
    const order = ['sheetProtection', 'autoFilter', 'mergeCells', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'drawing', 'legacyDrawing', 'tableParts'];
    const withMerges: Record<string, string> = { ...parts, ...(mergeList.length > 0 ? { mergeCells: `<${p}mergeCells count="${mergeList.length}">${mergeList.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>` } : {}) };
    return (
      `${sheetStart}<${p}dimension ref="A1:${col(Math.max(width, 7))}${last}"/>${views}<${p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${cols}` +
      `<${p}sheetData>${data}</${p}sheetData>` +
      order.map((k) => withMerges[k] ?? '').join('') +
      (extList.length > 0 ? `<${p}extLst>${extList.join('')}</${p}extLst>` : '') +
      `</${p}worksheet>`
    );
  };
  const views = `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"><${p}pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><${p}selection pane="bottomLeft" activeCell="A${stampRow}" sqref="A${stampRow}"/></${p}sheetView></${p}sheetViews>`;
  const cols = `<${p}cols><${p}col min="1" max="1" width="40" customWidth="1"/><${p}col min="2" max="2" width="80" customWidth="1"/><${p}col min="3" max="3" width="30" customWidth="1"/><${p}col min="4" max="4" width="14" customWidth="1"/></${p}cols>`;

  // ——— the workbook's other sheets ———
  const sheets: { name: string; part: string; xml: string; rels: { id: string; type: string; part: string }[] }[] = [];
  sheets.push({ name: sheetName, part: names.status, xml: '', rels: statusRels });
  const needData = ['chart', 'pivot', 'pivot-across', 'validation', 'local-names', 'table-hidden-buttons', 'autofilter'].some((f) => features.has(f as Feature));
  const dataRels: { id: string; type: string; part: string }[] = [];
  if (needData) {
    // A header row, then five trekkers with a number each: rows 2-6.
    const dataRows = [['Trekker', 'Aantal'], ...['BZK', 'SZW', 'JenV', 'OCW', 'VWS'].map((name, i) => [name, String((i + 1) * 3)])].map(([name, count], i) => ({
      r: i + 1,
      cells: [
        { c: 1, xml: `<${p}c r="A${i + 1}" t="s"><${p}v>${strings.add(name ?? '')}</${p}v></${p}c>` },
        { c: 2, xml: i === 0 ? `<${p}c r="B1" t="s"><${p}v>${strings.add(count ?? '')}</${p}v></${p}c>` : `<${p}c r="B${i + 1}"><${p}v>${count}</${p}v></${p}c>` },
      ],
    }));
    let tableParts = '';
    if (features.has('table-hidden-buttons')) {
      const tablePart = `${base}tables/table1.xml`;
      const id = `rId${dataRels.length + 1}`;
      dataRels.push({ id, type: 'table', part: tablePart });
      tableParts = `<${p}tableParts count="1"><${p}tablePart r:id="${id}"/></${p}tableParts>`;
      // An Excel table whose filter buttons are hidden (Excel: Table Design > Filter Button off).
      pkg.parts.set(
        tablePart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="Trekkers_tabel" displayName="Trekkers_tabel" ref="A1:B6"><autoFilter ref="A1:B6"><filterColumn colId="0" hiddenButton="1"/><filterColumn colId="1" hiddenButton="1"/></autoFilter><tableColumns count="2"><tableColumn id="1" name="Trekker"/><tableColumn id="2" name="Aantal"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
      );
      pkg.types.set(tablePart, TYPE('spreadsheetml.table+xml'));
    }
    const filter = features.has('autofilter') && !features.has('table-hidden-buttons') ? `<${p}autoFilter ref="A1:B6"/>` : '';
    const data = dataRows.map((row) => `<${p}row r="${row.r}">${row.cells.map((c) => c.xml).join('')}</${p}row>`).join('');
    sheets.push({ name: 'Data', part: names.data, rels: dataRels, xml: `${sheetStart}<${p}dimension ref="A1:B6"/><${p}sheetData>${data}</${p}sheetData>${filter}<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tableParts}</${p}worksheet>` });
  }
  if (features.has('formulas')) {
    const cells = [
      `<${p}c r="A1" t="s"><${p}v>${strings.add('Aantal maatregelen')}</${p}v></${p}c><${p}c r="B1"><${p}f>COUNTA(${quoted}!A${layout.firstBodyRow}:A${lastTableRow})</${p}f><${p}v>${lastTableRow - layout.firstBodyRow + 1}</${p}v></${p}c>`,
      `<${p}c r="A2" t="s"><${p}v>${strings.add('Stand per')}</${p}v></${p}c><${p}c r="B2" t="str"><${p}f>${esc(`${quoted}!A${stampRow}`)}</${p}f><${p}v>${esc(after[0] ?? '')}</${p}v></${p}c>`,
      `<${p}c r="A3" t="s"><${p}v>${strings.add('Titel')}</${p}v></${p}c><${p}c r="B3" t="str"><${p}f>${esc(`${quoted}!$A$1`)}</${p}f><${p}v>${esc(before[0] ?? '')}</${p}v></${p}c>`,
    ];
    const data = cells.map((c, i) => `<${p}row r="${i + 1}">${c}</${p}row>`).join('');
    const links = `<${p}hyperlinks><${p}hyperlink ref="A2" location="${esc(`${quoted}!A${lastMeasureRow}`)}" display="Laatste maatregel"/></${p}hyperlinks>`;
    sheets.push({ name: 'Overzicht', part: names.overview, rels: [], xml: `${sheetStart}<${p}dimension ref="A1:B3"/><${p}sheetData>${data}</${p}sheetData>${links}<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${p}worksheet>` });
    const chain = `${base}calcChain.xml`;
    pkg.parts.set(chain, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="F1" i="1"/><c r="G1"/><c r="B1" i="${needData ? 3 : 2}"/><c r="B2"/><c r="B3"/></calcChain>`);
    pkg.types.set(chain, TYPE('spreadsheetml.calcChain+xml'));
  }
  if (features.has('chart')) {
    const drawingPart = `${base}drawings/drawing1.xml`;
    const chartPart = `${base}charts/chart1.xml`;
    addRel(pkg, drawingPart, REL('chart'), target(drawingPart, chartPart, absolute), 'rId1');
    pkg.parts.set(
      drawingPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"><xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    );
    pkg.types.set(drawingPart, TYPE('drawing+xml'));
    // The series read the Data sheet; the title reads the status sheet's title cell, above the table.
    pkg.parts.set(chartPart, chartXml(`${quoted}!$A$1`, 'Data!$A$2:$A$6', 'Data!$B$2:$B$6'));
    pkg.types.set(chartPart, TYPE('drawingml.chart+xml'));
    sheets.push({
      name: 'Grafiek',
      part: names.chartSheet,
      rels: [{ id: 'rId1', type: 'drawing', part: drawingPart }],
      xml: `${sheetStart}<${p}sheetData/><${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><${p}drawing r:id="rId1"/></${p}worksheet>`,
    });
  }
  const pivotCaches: string[] = [];
  if (features.has('pivot') || features.has('pivot-across')) {
    const across = features.has('pivot-across');
    const cacheDef = `${base}pivotCache/pivotCacheDefinition1.xml`;
    const cacheRecords = `${base}pivotCache/pivotCacheRecords1.xml`;
    const pivotTable = `${base}pivotTables/pivotTable1.xml`;
    addRel(pkg, cacheDef, REL('pivotCacheRecords'), target(cacheDef, cacheRecords, absolute), 'rId1');
    addRel(pkg, pivotTable, REL('pivotCacheDefinition'), target(pivotTable, cacheDef, absolute), 'rId1');
    const trekkers = ['BZK', 'SZW', 'JenV', 'OCW', 'VWS'];
    const source = across ? `<worksheetSource ref="A${headerRow}:${col(width)}${lastTableRow}" sheet="${esc(sheetName)}"/>` : '<worksheetSource name="PTData"/>';
    pkg.parts.set(
      cacheDef,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="0" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="5"><cacheSource type="worksheet">${source}</cacheSource><cacheFields count="2"><cacheField name="Trekker" numFmtId="0"><sharedItems count="5">${trekkers.map((t) => `<s v="${t}"/>`).join('')}</sharedItems></cacheField><cacheField name="Aantal" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="15"/></cacheField></cacheFields></pivotCacheDefinition>`,
    );
    pkg.parts.set(cacheRecords, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="5">${trekkers.map((_, i) => `<r><x v="${i}"/><n v="${(i + 1) * 3}"/></r>`).join('')}</pivotCacheRecords>`);
    pkg.parts.set(
      pivotTable,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="Draaitabel1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Waarden" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="A3:B9" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="6">${trekkers.map((_, i) => `<item x="${i}"/>`).join('')}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="6">${trekkers.map((_, i) => `<i><x v="${i}"/></i>`).join('')}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Som van Aantal" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
    );
    pkg.types.set(cacheDef, TYPE('spreadsheetml.pivotCacheDefinition+xml'));
    pkg.types.set(cacheRecords, TYPE('spreadsheetml.pivotCacheRecords+xml'));
    pkg.types.set(pivotTable, TYPE('spreadsheetml.pivotTable+xml'));
    const rows3 = trekkers.map((t, i) => `<${p}row r="${i + 4}"><${p}c r="A${i + 4}" t="s"><${p}v>${strings.add(t)}</${p}v></${p}c><${p}c r="B${i + 4}"><${p}v>${(i + 1) * 3}</${p}v></${p}c></${p}row>`).join('');
    sheets.push({
      name: 'Draaitabel',
      part: names.pivotSheet,
      rels: [{ id: 'rId1', type: 'pivotTable', part: pivotTable }],
      xml: `${sheetStart}<${p}dimension ref="A3:B9"/><${p}sheetData><${p}row r="3"><${p}c r="A3" t="s"><${p}v>${strings.add('Rijlabels')}</${p}v></${p}c><${p}c r="B3" t="s"><${p}v>${strings.add('Som van Aantal')}</${p}v></${p}c></${p}row>${rows3}</${p}sheetData><${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${p}worksheet>`,
    });
    pivotCaches.push(cacheDef);
  }

  sheets[0] = { ...(sheets[0] as (typeof sheets)[number]), xml: sheetXml(rows, merges, sections, ext, views, cols) };

  // ——— the workbook part ———
  const statusIndex = 0;
  const indexOf = (name: string): number => sheets.findIndex((x) => x.name === name);
  const definedNames: string[] = [];
  if (features.has('autofilter')) {
    definedNames.push(`<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${statusIndex}" hidden="1">${esc(`${quoted}!$A$${headerRow}:$${col(width)}$${lastTableRow}`)}</${p}definedName>`);
    if (indexOf('Data') >= 0 && !features.has('table-hidden-buttons')) definedNames.push(`<${p}definedName name="_xlnm._FilterDatabase" localSheetId="${indexOf('Data')}" hidden="1">Data!$A$1:$B$6</${p}definedName>`);
  }
  if (features.has('local-names')) {
    definedNames.push(`<${p}definedName name="_xlnm.Print_Area" localSheetId="${statusIndex}">${esc(`${quoted}!$A$1:$${col(width)}$${stampRow}`)}</${p}definedName>`);
    definedNames.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${statusIndex}">${esc(`${quoted}!$${headerRow}:$${headerRow}`)}</${p}definedName>`);
    definedNames.push(`<${p}definedName name="Laatste" localSheetId="${statusIndex}">${esc(`${quoted}!$A$${lastMeasureRow}`)}</${p}definedName>`);
    if (indexOf('Data') >= 0) definedNames.push(`<${p}definedName name="Laatste" localSheetId="${indexOf('Data')}">Data!$A$6</${p}definedName>`);
  }
  if (features.has('validation') && indexOf('Data') >= 0) definedNames.push(`<${p}definedName name="Trekkers">Data!$A$2:$A$6</${p}definedName>`);
  if ((features.has('pivot') || features.has('pivot-across')) && indexOf('Data') >= 0) definedNames.push(`<${p}definedName name="PTData">Data!$A$1:$B$6</${p}definedName>`);
  definedNames.push(`<${p}definedName name="Stempel">${esc(`${quoted}!$A$${stampRow}`)}</${p}definedName>`);

  const workbookRels: { id: string; type: string; part: string }[] = sheets.map((sheet, i) => ({ id: `rId${i + 1}`, type: 'worksheet', part: sheet.part }));
  workbookRels.push({ id: `rId${sheets.length + 1}`, type: 'styles', part: names.styles });
  workbookRels.push({ id: `rId${sheets.length + 2}`, type: 'sharedStrings', part: names.strings });
  const pivotXml = pivotCaches.map((part, i) => {
    const id = `rId${workbookRels.length + 1}`;
    workbookRels.push({ id, type: 'pivotCacheDefinition', part });
    return `<${p}pivotCache cacheId="${i + 1}" r:id="${id}"/>`;
  });
  if (features.has('formulas')) workbookRels.push({ id: `rId${workbookRels.length + 1}`, type: 'calcChain', part: `${base}calcChain.xml` });
  if (features.has('custom')) {
    const item = 'customXml/item1.xml';
    const props = 'customXml/itemProps1.xml';
    workbookRels.push({ id: `rId${workbookRels.length + 1}`, type: 'customXml', part: item });
    pkg.parts.set(item, `<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL" StyleName="APA"/>`);
    pkg.parts.set(props, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6A1F4A9B-8C6F-4E2A-9B1C-3D2E1F0A9B8C}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`);
    pkg.types.set(props, TYPE('customXmlProperties+xml'));
    addRel(pkg, item, REL('customXmlProps'), 'itemProps1.xml', 'rId1');
  }

  const workbookXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${xmlns} xmlns:r="${R}"><${p}fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/><${p}workbookPr defaultThemeVersion="166925"/>` +
    `<${p}bookViews><${p}workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></${p}bookViews>` +
    `<${p}sheets>${sheets.map((sheet, i) => `<${p}sheet name="${esc(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${p}sheets>` +
    `<${p}definedNames>${definedNames.join('')}</${p}definedNames><${p}calcPr calcId="191029"/>` +
    (pivotXml.length > 0 ? `<${p}pivotCaches>${pivotXml.join('')}</${p}pivotCaches>` : '') +
    `</${p}workbook>`;
  pkg.parts.set(names.workbook, workbookXml);
  pkg.types.set(names.workbook, TYPE('spreadsheetml.sheet.main+xml'));
  for (const rel of workbookRels) addRel(pkg, names.workbook, rel.type.startsWith('http') ? rel.type : REL(rel.type), target(names.workbook, rel.part, absolute), rel.id);
  for (const sheet of sheets) {
    pkg.parts.set(sheet.part, sheet.xml);
    pkg.types.set(sheet.part, TYPE('spreadsheetml.worksheet+xml'));
    for (const rel of sheet.rels) {
      const external = rel.part.startsWith('https:');
      const list = pkg.rels.get(sheet.part) ?? [];
      list.push({ id: rel.id, type: REL(rel.type), target: external ? rel.part : target(sheet.part, rel.part, absolute) });
      pkg.rels.set(sheet.part, list);
    }
  }
  pkg.parts.set(names.styles, styles(p, ns));
  pkg.types.set(names.styles, TYPE('spreadsheetml.styles+xml'));
  const item = beta ? 'sstItem' : 'si';
  pkg.parts.set(
    names.strings,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${xmlns} count="${strings.uses}" uniqueCount="${strings.items.length}">` +
      strings.items.map((text) => `<${p}${item}><${p}t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ''}>${esc(text)}</${p}t></${p}${item}>`).join('') +
      `</${p}sst>`,
  );
  pkg.types.set(names.strings, TYPE('spreadsheetml.sharedStrings+xml'));

  // ——— package parts ———
  pkg.parts.set('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Statustabel</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-06-19T00:00:00Z</dcterms:created></cp:coreProperties>`);
  pkg.types.set('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml');
  pkg.parts.set('docProps/app.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`);
  pkg.types.set('docProps/app.xml', TYPE('extended-properties+xml'));
  addRel(pkg, '', REL('officeDocument'), absolute ? `/${names.workbook}` : names.workbook, 'rId1');
  addRel(pkg, '', `${PKG_RELS}/metadata/core-properties`, 'docProps/core.xml', 'rId2');
  addRel(pkg, '', REL('extended-properties'), 'docProps/app.xml', 'rId3');
  if (features.has('thumbnail')) {
    // A JPEG's markers around bytes of our own: no viewer needs to show it, every reader must keep it.
    pkg.parts.set('docProps/thumbnail.jpeg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 200 }, (_, i) => (i * 13) & 0xff), 0xff, 0xd9]));
    pkg.defaults.set('jpeg', 'image/jpeg');
    addRel(pkg, '', `${PKG_RELS}/metadata/thumbnail`, 'docProps/thumbnail.jpeg', 'rId4');
  }
  if (features.has('custom')) {
    pkg.parts.set('docProps/custom.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Rubricering"><vt:lpwstr>Intern</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>WPS-custom</vt:lpwstr></property></Properties>`);
    pkg.types.set('docProps/custom.xml', TYPE('custom-properties+xml'));
    addRel(pkg, '', REL('custom-properties'), 'docProps/custom.xml', 'rId5');
  }

  const files: Zippable = {};
  const mtime = new Date(2021, 5, 19, 0, 0, 0);
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CT}">` +
    [...pkg.defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    [...pkg.types].map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    `</Types>`;
  files['[Content_Types].xml'] = [new TextEncoder().encode(contentTypes), { mtime }];
  for (const [source, list] of pkg.rels) {
    const name = source === '' ? '_rels/.rels' : relsName(source);
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}">${list
      .map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${esc(rel.target)}"${rel.target.startsWith('https:') ? ' TargetMode="External"' : ''}/>`)
      .join('')}</Relationships>`;
    files[name] = [new TextEncoder().encode(xml), { mtime }];
  }
  for (const [name, data] of pkg.parts) files[name] = [typeof data === 'string' ? new TextEncoder().encode(data) : data, { mtime }];
  return zipSync(files, { level: 6, mtime });
};

const chartXml = (title: string, categories: string, values: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>` +
  (title.includes('!') ? `<c:title><c:tx><c:strRef><c:f>${esc(title)}</c:f></c:strRef></c:tx><c:overlay val="0"/></c:title>` : '') +
  `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${esc(categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(values)}</c:f></c:numRef></c:val></c:ser>` +
  `<c:gapWidth val="219"/><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

/** The document with the named heading rows left out: what `fix --headings` puts back. */
export const withoutHeadings = (doc: SourceDocument, headings: readonly string[]): SourceDocument => ({
  ...doc,
  blocks: doc.blocks.map((block) =>
    isTable(block)
      ? { ...block, rows: block.rows.filter((row) => !(row.cells.length === 1 && headings.includes((row.cells[0]?.paragraphs ?? []).join('\n').trim()))) }
      : block,
  ),
});

/** A string of `bytes` characters: a measure's status as long as a book. */
export const longText = (bytes: number): string => {
  const sentence = 'De gemeente onderzoekt samen met de provincie de mogelijkheden voor tussenvoorzieningen. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
};

const main = async (): Promise<void> => {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/xlsx-fixtures.ts DIR');
    process.exit(2);
  }
  const { readFileSync } = await import('node:fs');
  const seed = JSON.parse(readFileSync(join(__dirname, '..', 'seeds', 'stand-van-zaken.json'), 'utf8')) as SourceDocument;
  const doc = withoutHeadings(seed, ['HUISVESTING', 'INBURGERING']);
  mkdirSync(dir, { recursive: true });
  const write = (name: string, bytes: Uint8Array) => writeFileSync(join(dir, name), bytes);
  write('all-features.xlsx', buildFixtureXlsx(doc, { features: ALL_FEATURES, dateStamp: 'date' }));
  write('chart-across.xlsx', buildFixtureXlsx(doc, { features: ['chart-across'] }));
  write('pivot-across.xlsx', buildFixtureXlsx(doc, { features: ['pivot-across'] }));
  write('absolute.xlsx', buildFixtureXlsx(doc, { paths: 'absolute', features: ['comments', 'formulas'] }));
  write('wtf.xlsx', buildFixtureXlsx(doc, { paths: 'wtf' }));
  write('prefixed.xlsx', buildFixtureXlsx(doc, { prefixed: true, features: ['autofilter', 'icon-filter', 'conditional'] }));
  write('beta.xlsx', buildFixtureXlsx(doc, { beta: true }));
  write('merges-50k.xlsx', buildFixtureXlsx(doc, { features: ['merges-50k'] }));
  write('shared-1mb.xlsx', buildFixtureXlsx(doc, { sharedStatus: longText(1024 * 1024), extraMeasures: 12_000 }));
  console.log(`fixtures written to ${dir}`);
};

if (/xlsx-fixtures\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
