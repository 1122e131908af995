import { isCellLocation, type Location } from '../../../core/document';
import { areaAt } from '../../../core/grid';
import type { Edit } from '../../../core/edits';
import type { StatusFile } from '../types';
import { cellName, quoteSheet } from './a1';
import { placeXlsxComments } from './comments';
import { readXlsx, sheetsWithTable } from './read';
import { applyEdits } from './write';

/**
 * The .xlsx file host: `openXlsx(bytes)` reads the status table; `apply(edits)` returns the
 * workbook with the edits spliced in (every part it need not change kept byte for byte), or
 * throws a FileError — `refused` when the workbook holds something that cannot move safely.
 */

/** An .xlsx file's status table, plus the cell address of each location for messages. */
export interface XlsxFile extends StatusFile {
  /** "'Stand van zaken'!B7": where a finding's location is on the sheet. */
  address(location: Location): string | undefined;
  /** The sheet the status table was read from. */
  readonly sheet: string;
  /** Every sheet that holds a status table, in the workbook's order (the others read only when asked). */
  sheetsWithTable(): string[];
}

export interface XlsxOptions {
  /** The sheet whose status table to read; without it the first sheet in the workbook's order that holds one. */
  readonly sheet?: string;
}

export const openXlsx = async (bytes: Uint8Array, options: XlsxOptions = {}): Promise<XlsxFile> => {
  const original = bytes.slice();
  const read = readXlsx(original, options.sheet);
  const sheet = quoteSheet(read.sheet.entry.name);
  const address = (location: Location): string | undefined => {
    const area = areaAt(read.grid, read, location);
    if (!area) return undefined;
    const wholeRow = isCellLocation(location) && location.column === undefined;
    return wholeRow ? `${sheet}!${area.row + 1}:${area.row + 1}` : `${sheet}!${cellName({ row: area.row + 1, column: area.column + 1 })}`;
  };
  return {
    doc: read.doc,
    address,
    sheet: read.sheet.entry.name,
    sheetsWithTable: () => sheetsWithTable(read, options.sheet !== undefined),
    apply: async (edits: readonly Edit[]) => applyEdits(read, edits),
    // Findings as cell notes (comments.ts), on the cells core's locations name.
    comments: { place: async (comments) => placeXlsxComments(read, comments) },
  };
};
