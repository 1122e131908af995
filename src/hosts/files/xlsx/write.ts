import { isoToSerial } from '../../excel/cells';
import type { Edit, InsertHeadingEdit, InsertHeadingParagraphEdit, SetDateStampEdit } from '../../../core/edits';
import { looseCellAt, type FoundTable } from '../../../core/grid';
import { modelHeadingRow, readStatusTable } from '../../../core/model';
import { errorDetail, FileError } from '../errors';
import { encodePart, readPartText, type PartText } from '../ooxml/package';
import { escapeText, scanXml, XmlError, type XmlAttribute } from '../ooxml/xml';
import { readZip, rewriteZip } from '../ooxml/zip';
import { cellName, MAX_ROW, parseRange, rangeName } from './a1';
import { shiftRelatedParts, shiftDefinedNames, type PartEdit } from './parts';
import { gridOf, type XlsxRead } from './read';
import { readSheet } from './sheet';
import { readStyles } from './styles';
import { readTable } from './tables';
import { shiftRange, shiftRow, type Insertion, type RowShift } from './refs';
import { scanSheet, type CellInfo, type RowInfo, type SheetScan } from './shiftSheet';
import { applySplices, encodeXstring, inPart, setAttribute, type Splice } from './splice';
import { boldStyles } from './styleEdit';

/**
 * Writing edits into a workbook by splicing: heading rows inserted on the status table's sheet
 * (everything that refers to rows below them moved along, in that sheet and in every part that
 * points into it), and the date stamp set in its own cell (a date stays a date in its number
 * format, text stays text). Parts that need no change keep their bytes; parts that change keep
 * every byte around the change.
 */

const DAYS_1904 = 1462;

/** A heading row to write: its text, and its chapter (for the order of several at one place). */
interface NewHeading {
  readonly text: string;
  readonly chapter: number;
}

/** The sheet rows (0-based) a block was read from: a table part's rows, or a paragraph's one cell. */
const blockRows = (read: XlsxRead, block: number): { first: number; last: number } | undefined => {
  const part = read.grid.blocks[read.tableBlocks.indexOf(block)];
  if (part) return { first: part.rows[0]?.row ?? read.grid.firstRow, last: part.rows[part.rows.length - 1]?.row ?? read.grid.lastRow };
  const cell = looseCellAt(read.grid, read, block);
  return cell ? { first: cell.row, last: cell.row } : undefined;
};

/**
 * Heading edits by the sheet row (1-based) they go above, each group in the order the rows end up
 * in. On a sheet a heading "paragraph" is a row too: it goes directly above (or below) the block
 * it is placed by.
 */
const headingRowsAt = (read: XlsxRead, edits: readonly (InsertHeadingEdit | InsertHeadingParagraphEdit)[]): Map<number, NewHeading[]> => {
  const at = new Map<number, NewHeading[]>();
  for (const edit of edits) {
    let row: number;
    if (edit.kind === 'insertHeading') {
      const rows = read.grid.blocks[read.tableBlocks.indexOf(edit.block)]?.rows;
      if (!rows || edit.beforeRow < 0 || edit.beforeRow > rows.length) throw new RangeError(`insertHeading: no row ${edit.beforeRow} in block ${edit.block}`);
      const below = rows[edit.beforeRow];
      row = below ? below.row + 1 : (rows[rows.length - 1]?.row ?? read.grid.lastRow) + 2;
    } else {
      const rows = blockRows(read, edit.anchor);
      if (!rows) throw new RangeError(`insertHeadingParagraph: no block ${edit.anchor}`);
      row = edit.position === 'before' ? rows.first + 1 : rows.last + 2;
    }
    at.set(row, [...(at.get(row) ?? []), { text: edit.text, chapter: edit.chapter }]);
  }
  // Several before the same row stand in chapter order (as `bottomUp` applies them one by one).
  for (const group of at.values()) group.sort((a, b) => a.chapter - b.chapter);
  return at;
};

interface StampTarget {
  readonly row: number;
  readonly column: number;
  readonly edit: SetDateStampEdit;
  readonly exists: boolean;
}

/** The stamp's cell (1-based): the paragraph's cell, or a new one two rows below everything under the table. */
const stampTarget = (read: XlsxRead, edit: SetDateStampEdit): StampTarget => {
  const cell = edit.block === undefined ? undefined : looseCellAt(read.grid, read, edit.block);
  if (edit.block !== undefined && !cell) throw new RangeError(`setDateStamp: no paragraph block ${edit.block}`);
  if (cell) return { row: cell.row + 1, column: cell.column + 1, edit, exists: true };
  const below = Math.max(read.grid.lastRow, ...read.grid.after.map((c) => c.row));
  return { row: below + 3, column: read.grid.column + 1, edit, exists: false };
};

/**
 * The sheet row (1-based) of the table's first heading row (a merged one preferred): new headings
 * look like it, and are merged across the table only where it is (a table whose headings are all
 * typed in their first cell gets one more such row). Without a heading row, undefined.
 */
const modelHeadingSheetRow = (read: XlsxRead): { row: number; merged: boolean } | undefined => {
  const table = readStatusTable(read.doc);
  if (!table.ok) return undefined;
  const model = modelHeadingRow(table.table);
  const row = model ? read.grid.blocks[read.tableBlocks.indexOf(model.location.block)]?.rows[model.location.row]?.row : undefined;
  return row === undefined || !model ? undefined : { row: row + 1, merged: model.merged };
};

const attributeText = (attributes: readonly XmlAttribute[], names: readonly string[]): string =>
  attributes
    .filter((a) => a.prefix === '' && names.includes(a.local))
    .map((a) => ` ${a.name}="${a.raw}"`)
    .join('');

const inlineString = (prefix: string, text: string, runProperties = ''): string => {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  const content = escapeText(encodeXstring(text));
  return runProperties === ''
    ? `<${prefix}is><${prefix}t${space}>${content}</${prefix}t></${prefix}is>`
    : `<${prefix}is><${prefix}r>${runProperties}<${prefix}t${space}>${content}</${prefix}t></${prefix}r></${prefix}is>`;
};

/** The first run's formatting of a rich text, when it is written with the sheet's own prefix. */
const firstRunProperties = (xml: string, prefix: string): string => {
  const match = /<([\w.-]+:)?rPr\b[\s\S]*?<\/\1?rPr>|<([\w.-]+:)?rPr\s*\/>/.exec(xml);
  if (!match) return '';
  const used = match[1] ?? match[2] ?? '';
  return used === prefix ? match[0] : '';
};

interface SheetWrite {
  readonly text: string;
  readonly newRows: readonly number[];
}

/** The heading rows, the merged ranges and the stamp, spliced into the sheet's XML. */
const writeSheet = (
  read: XlsxRead,
  scan: SheetScan,
  shift: RowShift,
  headings: ReadonlyMap<number, readonly NewHeading[]>,
  stamp: StampTarget | undefined,
  style: { readonly cells: (column: number) => number; readonly rowAttributes: string },
  merge: (row: number) => boolean,
): SheetWrite => {
  const p = scan.prefix;
  const xml = read.sheet.part.text;
  const splices: Splice[] = [...scan.splices];
  const left = read.grid.column + 1;
  const right = read.grid.column + read.grid.width;
  const newRows: number[] = [];
  const merges: string[] = [];

  /** Where a row element numbered `row` (original numbering) goes: before the first row at or below it. */
  const rowAnchor = (row: number): number => {
    let lo = 0;
    let hi = scan.rowNumbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((scan.rowNumbers[mid] ?? 0) < row) lo = mid + 1;
      else hi = mid;
    }
    return scan.rowStarts[lo] ?? scan.sheetDataEnd;
  };
  const rowInserts: { at: number; xml: string }[] = [];

  for (const [row, edits] of [...headings].sort((a, b) => a[0] - b[0])) {
    const first = shiftRow(shift, row) - edits.length;
    edits.forEach((edit, i) => {
      const n = first + i;
      newRows.push(n);
      const cells = Array.from({ length: right - left + 1 }, (_, k) => {
        const column = left + k;
        const s = style.cells(column);
        const ref = cellName({ row: n, column });
        const styled = s > 0 ? ` s="${s}"` : '';
        return k === 0 ? `<${p}c r="${ref}"${styled} t="inlineStr">${inlineString(p, edit.text)}</${p}c>` : s > 0 ? `<${p}c r="${ref}"${styled}/>` : '';
      }).join('');
      rowInserts.push({ at: rowAnchor(row), xml: `<${p}row r="${n}"${style.rowAttributes}>${cells}</${p}row>` });
      if (merge(row) && right > left) merges.push(`${cellName({ row: n, column: left })}:${cellName({ row: n, column: right })}`);
    });
  }

  if (stamp) {
    const edit = stamp.edit;
    const row = scan.rows.get(stamp.row);
    const cell = row?.cells.find((c) => c.column === stamp.column);
    const movedRow = shiftRow(shift, stamp.row);
    if (stamp.exists) {
      if (!cell) throw new Error(`the stamp cell ${cellName(stamp)} was not found again`);
      splices.push(...stampSplices(read, scan, cell, movedRow, stamp, splices));
    } else {
      const newCell = `<${p}c r="${cellName({ row: movedRow, column: stamp.column })}" t="inlineStr">${inlineString(p, edit.text)}</${p}c>`;
      if (row?.selfClosing) {
        // <row r="40" ht="20"/> opened up: its start tag written anew, with the row's new number.
        for (let i = splices.length - 1; i >= 0; i -= 1) {
          const s = splices[i] as Splice;
          if (s.start >= row.start && s.end <= row.openEnd) splices.splice(i, 1);
        }
        const open = xml
          .slice(row.start, row.openEnd)
          .replace(/\s*\/>$/, '>')
          .replace(/(\sr\s*=\s*)("[^"]*"|'[^']*')/, `$1"${movedRow}"`);
        splices.push({ start: row.start, end: row.openEnd, text: `${open}${newCell}</${p}row>` });
      } else if (row) splices.push(cellIntoRow(xml, row, stamp.column, newCell));
      else rowInserts.push({ at: rowAnchor(stamp.row), xml: `<${p}row r="${movedRow}">${newCell}</${p}row>` });
      newRows.push(movedRow);
    }
  }

  if (rowInserts.length > 0) {
    if (scan.sheetDataEmpty) {
      splices.push({ start: scan.sheetDataEmpty.start, end: scan.sheetDataEmpty.end, text: `<${p}sheetData>${rowInserts.map((r) => r.xml).join('')}</${p}sheetData>` });
    } else {
      if (scan.sheetDataEnd < 0) throw new FileError('damaged', { kind: 'missing-part', part: `${read.sheet.part.name} <sheetData>` });
      for (const insert of rowInserts) splices.push({ start: insert.at, end: insert.at, text: insert.xml });
    }
  }

  if (merges.length > 0) {
    const items = merges.map((ref) => `<${p}mergeCell ref="${ref}"/>`).join('');
    const existing = scan.mergeCells;
    if (existing && !existing.selfClosing) {
      splices.push({ start: existing.closeStart, end: existing.closeStart, text: items });
      if (existing.count) splices.push(setAttribute(existing.count, String(existing.count0 + merges.length)));
    } else if (existing) {
      splices.push({ start: existing.start, end: existing.openEnd, text: `<${p}mergeCells count="${merges.length}">${items}</${p}mergeCells>` });
    } else {
      splices.push({ start: scan.mergeCellsAt, end: scan.mergeCellsAt, text: `<${p}mergeCells count="${merges.length}">${items}</${p}mergeCells>` });
    }
  }

  const dimension = scan.dimension;
  const range = dimension ? parseRange(dimension.raw) : undefined;
  if (dimension && range) {
    const moved = inPart(read.sheet.part.name, () => shiftRange(shift, range));
    const bottom = Math.min(MAX_ROW, Math.max(moved.bottom, ...newRows));
    const widened = { top: Math.min(moved.top, ...newRows), bottom, left: Math.min(moved.left, left), right: Math.max(moved.right, right, stamp?.column ?? 0) };
    const text = rangeName(widened);
    if (text !== dimension.raw) {
      const at = splices.findIndex((s) => s.start === dimension.start);
      if (at >= 0) splices.splice(at, 1);
      splices.push(setAttribute(dimension, text));
    }
  }
  return { text: applySplices(xml, splices), newRows };
};

/** A new cell put into an existing row, in column order. */
const cellIntoRow = (xml: string, row: RowInfo, column: number, cellXml: string): Splice => {
  const next = row.cells.find((c) => c.column > column);
  const at = next ? next.start : xml.lastIndexOf('<', row.end - 1);
  return { start: at, end: at, text: cellXml };
};

/** The stamp cell's new content: a date's serial, or its text as an inline string. */
const stampSplices = (read: XlsxRead, scan: SheetScan, cell: CellInfo, movedRow: number, stamp: StampTarget, splices: Splice[]): Splice[] => {
  const place = cellName({ row: stamp.row, column: stamp.column });
  if (cell.formula) throw new FileError('refused', { kind: 'stamp-formula', cell: `${read.sheet.entry.name}!${place}` });
  const edit = stamp.edit;
  const xml = read.sheet.part.text;
  const read0 = read.sheet.data.cells.find((c) => c.row === stamp.row && c.column === stamp.column);
  if (read0?.kind === 'date' && cell.value) {
    const serial = isoToSerial(edit.date) - (read.workbook.date1904 ? DAYS_1904 : 0);
    return [{ start: cell.value.start, end: cell.value.end, text: String(serial) }];
  }
  if (read0?.kind === 'iso-date' && cell.value) return [{ start: cell.value.start, end: cell.value.end, text: edit.date }];
  // Text stays text: the cell becomes an inline string (the shared string may be used elsewhere), its first run's look kept.
  const p = scan.prefix;
  let runProperties = '';
  if (cell.type === 's') {
    const index = Number.parseInt(cell.value ? xml.slice(cell.value.start, cell.value.end) : '', 10);
    const span = read.strings.spans[index];
    const strings = read.strings.part;
    if (span && strings) runProperties = firstRunProperties(strings.text.slice(span.start, span.end), p);
  } else if (cell.inline) runProperties = firstRunProperties(xml.slice(cell.inline.start, cell.inline.end), p);
  const kept = cell.attributes.filter((a) => !(a.prefix === '' && ['r', 't', 'vm', 'cm'].includes(a.local)));
  const attributes = kept.map((a) => ` ${a.name}="${a.raw}"`).join('');
  const text = `<${p}c r="${cellName({ row: movedRow, column: stamp.column })}"${attributes} t="inlineStr">${inlineString(p, edit.text, runProperties)}</${p}c>`;
  // The whole element is replaced: drop the moves already queued inside it.
  for (let i = splices.length - 1; i >= 0; i -= 1) {
    const s = splices[i] as Splice;
    if (s.start >= cell.start && s.end <= cell.end) splices.splice(i, 1);
  }
  return [{ start: cell.start, end: cell.end, text }];
};

/** Other worksheets whose XML names the shifted sheet: their formulas may point into it. */
const otherSheetEdits = (read: XlsxRead, shift: RowShift): PartEdit[] => {
  const name = read.sheet.entry.name.toLowerCase();
  const escaped = escapeText(name).replace(/'/g, "''");
  return read.workbook.sheets.flatMap((entry, index): PartEdit[] => {
    if (index === read.sheet.index || !entry.part || entry.type !== 'worksheet') return [];
    const part = readPartText(read.pkg, entry.part);
    if (!part) return [];
    const lower = part.text.toLowerCase();
    if (!lower.includes(name) && !lower.includes(escaped)) return [];
    const scan = scanSheet(part, { shift, sheet: entry.name });
    return scan.splices.length > 0 ? [{ part, splices: scan.splices }] : [];
  });
};

/**
 * What we wrote must read back as what we meant: every edited XML part still XML, the zip whole,
 * and the status sheet read again (with the styles and tables as written) holding the table with
 * one row more per heading and the new stamp. A bug here must not hand out a broken workbook.
 * The shared strings are never edited, so they are not read twice.
 */
const verify = (read: XlsxRead, bytes: Uint8Array, edited: readonly PartText[], added: number, stamp: string | undefined): void => {
  try {
    readZip(bytes);
    const changed = new Map(edited.map((part) => [part.name.toLowerCase(), part]));
    for (const part of edited) {
      // VML is edited by pattern and was never XML-clean (Excel writes <br> unclosed in it).
      if (part.encoding === 'latin1' || /\.vml$/i.test(part.name) || part.name === read.sheet.part.name) continue;
      try {
        scanXml(part.text, {});
      } catch (error) {
        throw new Error(`${part.name}: ${errorDetail(error)}`);
      }
    }
    const sheetPart = changed.get(read.sheet.part.name.toLowerCase()) ?? read.sheet.part;
    const stylesPart = read.styles.part ? changed.get(read.styles.part.name.toLowerCase()) : edited.find((p) => /styles\d*\.xml$/i.test(p.name));
    const styles = stylesPart ? readStyles(stylesPart) : read.styles;
    const data = readSheet(sheetPart, read.strings, styles, read.workbook.date1904);
    const tables = read.sheet.tables.map((table) => {
      const part = changed.get(table.part.toLowerCase());
      return (part ? readTable(part) : undefined) ?? table;
    });
    const grid = gridOf({ ...read.sheet, part: sheetPart, data, tables }, undefined);
    // Every row of the table and every cell around it is still read, and each new row with them.
    const count = (g: FoundTable): number => g.blocks.reduce((n, b) => n + b.rows.length, 0) + g.before.length + g.after.length;
    if (!grid) throw new Error('the status table is not found again');
    if (count(grid) !== count(read.grid) + added) throw new Error(`${count(grid)} rows and cells read, not ${count(read.grid)} + ${added}`);
    if (stamp !== undefined && !grid.after.some((cell) => cell.text === stamp)) throw new Error('the new date stamp is not found again');
  } catch (error) {
    const detail = error instanceof XmlError || error instanceof FileError ? errorDetail(error) : String(error);
    throw new FileError('damaged', { kind: 'would-not-reopen' }, detail);
  }
};

export const applyEdits = (read: XlsxRead, edits: readonly Edit[]): Uint8Array => {
  const headingEdits = edits.filter((e): e is InsertHeadingEdit | InsertHeadingParagraphEdit => e.kind === 'insertHeading' || e.kind === 'insertHeadingParagraph');
  const stampEdit = edits.find((e): e is SetDateStampEdit => e.kind === 'setDateStamp');
  if (headingEdits.length === 0 && !stampEdit) return read.pkg.zip.bytes.slice();

  const headings = headingRowsAt(read, headingEdits);
  const insertions: Insertion[] = [...headings].map(([row, group]) => ({ row, count: group.length })).sort((a, b) => a.row - b.row);
  const shift: RowShift = { sheet: read.sheet.entry.name, insertions, sheets: read.workbook.sheets.map((s) => s.name) };
  const stamp = stampEdit ? stampTarget(read, stampEdit) : undefined;
  if (stamp && stamp.row > MAX_ROW) throw new FileError('too-large', { kind: 'sheet-full', rows: MAX_ROW });

  const headerRow = read.grid.firstRow + 1;
  const modelHeading = modelHeadingSheetRow(read);
  const model = modelHeading?.row;
  const capture = new Set<number>([headerRow, ...(model !== undefined ? [model] : []), ...(stamp ? [stamp.row] : [])]);
  const left = read.grid.column + 1;
  const right = read.grid.column + read.grid.width;
  const scan = scanSheet(read.sheet.part, { shift, sheet: read.sheet.entry.name, tableColumns: { left, right }, capture });

  // New headings look like the first heading row there is, else like the header; bold either way.
  const styles = boldStyles(read);
  const source = scan.rows.get(model ?? headerRow);
  // The text cell is bold; the others are empty and keep their model's look (borders, fill) as it is.
  const styleAt = (column: number): number => {
    const style = source?.cells.find((c) => c.column === column)?.style ?? 0;
    return column === left ? styles.bold(style) : style;
  };
  const rowAttributes = model !== undefined && source ? attributeText(source.attributes, ['ht', 'customHeight', 's', 'customFormat']) : '';
  const list = read.grid.listObject;
  const inList = (row: number): boolean => !!list && row > list.area.row + 1 && row <= list.area.row + list.area.rowCount;

  const sheet = inPart(read.sheet.part.name, () =>
    writeSheet(read, scan, shift, headings, stamp, { cells: styleAt, rowAttributes }, (row) => !inList(row) && (modelHeading?.merged ?? true)),
  );
  const edited: PartEdit[] = [];
  if (insertions.length > 0) {
    edited.push(shiftDefinedNames(read.workbook, shift));
    edited.push(...otherSheetEdits(read, shift));
    const sheetParts = read.workbook.sheets.flatMap((s) => (s.part && s.type === 'worksheet' ? [{ name: s.name, part: s.part, sheetId: s.sheetId }] : []));
    const tables = read.sheet.tables.map((t) => ({ name: t.name, range: t.range }));
    edited.push(...shiftRelatedParts(read.pkg, read.workbook, shift, sheetParts, tables));
  }
  const stylesEdit = styles.edit();

  const replacements = new Map<string, Uint8Array>();
  const changedParts: PartText[] = [];
  const put = (part: PartText, text: string): void => {
    if (text === part.text) return;
    replacements.set(part.name, encodePart(part, text));
    changedParts.push({ ...part, text });
  };
  put(read.sheet.part, sheet.text);
  for (const edit of edited) if (edit.splices.length > 0) put(edit.part, applySplices(edit.part.text, edit.splices));
  if (stylesEdit) for (const [part, text] of stylesEdit.parts) put(part, text);
  const out = rewriteZip(read.pkg.zip, replacements, stylesEdit?.added ?? []);
  verify(read, out, changedParts, headingEdits.length + (stamp && !stamp.exists ? 1 : 0), stampEdit?.text);
  return out;
};
