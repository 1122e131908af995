import type { ISODate } from '../../core/calendar';
import type { Block, SourceDocument, SourceRow, SourceTable } from '../../core/document';
import type { Snapshot } from '../../core/review';
import type { Settings } from '../../core/settings';
import type { CheckView, ViewFinding } from './view';

/**
 * Messages between the pane and its check worker. Both ways go in parts, each part its own task
 * on the UI thread: copying a 10,000-row document into one message, or 11,000 findings out of
 * one, took 50 to 100 ms of the UI thread at a time.
 */

/**
 * A piece of the document: a whole block, or some rows of a long table block (appended in order;
 * the first piece of a table carries the table's other fields).
 */
export type DocPiece =
  | { readonly block: number; readonly whole: Block }
  | { readonly block: number; readonly rows: readonly SourceRow[]; readonly table?: SourceTable };

export type CheckRequest =
  /** The check: the document's fields but its blocks, which follow as pieces. */
  | {
      readonly id: number;
      readonly kind: 'start';
      readonly doc: SourceDocument;
      readonly today: ISODate;
      readonly settings: Settings;
      readonly snapshot?: Snapshot;
    }
  | { readonly id: number; readonly kind: 'pieces'; readonly pieces: readonly DocPiece[] }
  | { readonly id: number; readonly kind: 'run' };

/** The view comes back as its head (counts, stats; no findings), then the findings in slices. */
export type CheckResponse =
  | { readonly id: number; readonly head: CheckView; readonly slices: number }
  | { readonly id: number; readonly slice: number; readonly findings: readonly ViewFinding[] }
  | { readonly id: number; readonly error: string };

/** Findings per message, and table rows per message: small enough to copy in a few milliseconds. */
export const SLICE = 1000;

/** The document cut into messages of about SLICE rows (a paragraph counts as one). */
export const documentPieces = (doc: SourceDocument): DocPiece[][] => {
  const messages: DocPiece[][] = [];
  let current: DocPiece[] = [];
  let size = 0;
  const add = (piece: DocPiece, weight: number) => {
    if (size + weight > SLICE && current.length > 0) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += weight;
  };
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'table' || block.rows.length <= SLICE) {
      add({ block: index, whole: block }, block.kind === 'table' ? block.rows.length : 1);
      return;
    }
    for (let from = 0; from < block.rows.length; from += SLICE) {
      const rows = block.rows.slice(from, from + SLICE);
      add(from === 0 ? { block: index, rows, table: { ...block, rows: [] } } : { block: index, rows }, rows.length);
    }
  });
  if (current.length > 0) messages.push(current);
  return messages;
};

/** The document again from its fields and its pieces, in the order they were cut. */
export const joinPieces = (fields: SourceDocument, pieces: readonly DocPiece[]): SourceDocument => {
  const blocks: Block[] = [];
  for (const piece of pieces) {
    if ('whole' in piece) {
      blocks[piece.block] = piece.whole;
      continue;
    }
    const table = blocks[piece.block];
    blocks[piece.block] =
      table?.kind === 'table' ? { ...table, rows: [...table.rows, ...piece.rows] } : { ...(piece.table ?? { kind: 'table' }), rows: [...piece.rows] };
  }
  return { ...fields, blocks };
};
