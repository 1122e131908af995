import { isTable, paragraph, sourceText, type SourceDocument } from '../../../src/core';

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
