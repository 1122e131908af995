import type { SourceDocument } from '../src/core';
import { columnLetters } from '../src/core/a1';
import { openSimulated } from './simulated';

/**
 * How many syncs a straightforward reader needs: load the tables, then each table's rows, then
 * each row's cells, then each cell's paragraphs — a sync per row, the mistake
 * eslint-plugin-office-addins' no-context-sync-in-loop exists to catch. Run for real on
 * Microsoft's Word client over the simulator, so the figure is counted, not estimated.
 */
export const naiveWordCheckSyncs = async (doc: SourceDocument): Promise<number> => {
  const opened = openSimulated('word', doc);
  await Word.run(async (context) => {
    const tables = context.document.body.tables;
    tables.load('items');
    await context.sync();
    for (const table of tables.items) {
      table.rows.load('items');
      await context.sync();
      for (const row of table.rows.items) {
        row.cells.load('items/body/paragraphs/items/text');
        // A sync per row: exactly what the add-in must never do (office-addins/no-context-sync-in-loop).
        await context.sync();
      }
    }
  });
  return opened.traffic().syncs;
};

/** The Excel twin: find the used range, then read it a row at a time — a sync per row. */
export const naiveExcelCheckSyncs = async (doc: SourceDocument): Promise<number> => {
  const opened = openSimulated('excel', doc);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    await context.sync();
    const last = columnLetters(used.columnIndex + used.columnCount - 1);
    for (let r = used.rowIndex; r < used.rowIndex + used.rowCount; r += 1) {
      const row = sheet.getRange(`${columnLetters(used.columnIndex)}${r + 1}:${last}${r + 1}`);
      row.load('values');
      // A sync per row, as above.
      await context.sync();
    }
  });
  return opened.traffic().syncs;
};
