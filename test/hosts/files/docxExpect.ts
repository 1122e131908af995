import { cellString, checkDocument, isTable, paragraph, readStatusTable, sourceText, squash, type ISODate, type SourceDocument } from '../../../src/core';

/**
 * A document as the .docx reader reads the file `buildSeedDocx` writes of it: text as Word shows
 * it (tabs and breaks as spaces, as every reader hands text to core), and each paragraph that
 * file sets in bold — the title above the tables, and the paragraphs given an emphasis — read as
 * bold throughout.
 */
export const asDocxReads = (doc: SourceDocument): SourceDocument => {
  const firstTable = doc.blocks.findIndex(isTable);
  return {
    ...doc,
    blocks: doc.blocks.map((block, index) => {
      if (block.kind === 'table') {
        return { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map(sourceText) })) })) };
      }
      const text = sourceText(block.text);
      const bold = text.trim() !== '' && (index < firstTable || block.emphasis !== undefined);
      return paragraph(text, bold ? 'bold' : undefined);
    }),
  };
};

/**
 * The status table as a reader takes it in, whatever the markup: every heading (its text, form
 * and emphasis), every measure with the text under each column (a merged cell's text in each row
 * it covers), the date stamp, and whether there are tracked changes. Two documents that read
 * alike here give a reader the same table.
 */
export const tableAsRead = (doc: SourceDocument): unknown => {
  const read = readStatusTable(doc);
  if (!read.ok) return read.reason;
  const { table } = read;
  return {
    rows: table.rows.flatMap((row) => {
      if (row.kind === 'heading') return [['heading', row.text, row.form, row.form === 'paragraph' ? (row.emphasis ?? '') : '']];
      if (row.kind !== 'measure') return [];
      const text = (key: keyof typeof row.cells): string => squash(cellString(row.cells[key]));
      return [['measure', row.subject, row.heading?.text ?? '', text('maatregel'), text('standVanZaken'), text('planning'), text('trekker')]];
    }),
    stamp: table.dateStamp?.text,
    trackedChanges: table.trackedChanges,
  };
};

/** Findings as compared between readers: everything but where they point (each reader has its own places). */
export const findingsOf = (doc: SourceDocument, today: ISODate): string[] => {
  const report = checkDocument(doc, { today });
  if (!report.ok) return [`cannot check: ${report.reason}`];
  return report.findings.map((f) => `${f.severity} ${f.rule} ${f.measure ?? f.heading ?? f.column ?? ''}: ${f.message.nl}`).sort();
};
