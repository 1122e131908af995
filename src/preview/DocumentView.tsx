import type { Location, SourceDocument } from '../core/document';
import { isCellLocation } from '../core/document';
import { resolveGrid } from '../core/tableGrid';
import type { Messages } from '../taskpane/i18n';

const isSelected = (selection: Location | undefined, block: number, row: number, column: number): boolean =>
  selection !== undefined &&
  isCellLocation(selection) &&
  selection.block === block &&
  selection.row === row &&
  (selection.column === undefined || selection.column === column);

/** The document as a reader sees it, read-only: every text rendered as text, never as HTML. */
export const DocumentView = ({ doc, selection, m }: { doc: SourceDocument; selection: Location | undefined; m: Messages }) => {
  const empty = doc.blocks.every((block) => block.kind === 'paragraph' && block.text.trim() === '');
  const firstTable = doc.blocks.findIndex((block) => block.kind === 'table');
  return (
    <article aria-label={m.preview.documentTitle} data-testid="preview-document">
      {empty ? <p>{m.preview.empty}</p> : null}
      {doc.blocks.map((block, b) => {
        if (block.kind === 'paragraph') {
          const selected = selection !== undefined && !isCellLocation(selection) && selection.block === b;
          return (
            <p key={b} className={selected ? 'selected-paragraph' : undefined} data-block={b}>
              {firstTable < 0 || b < firstTable ? <strong>{block.text}</strong> : block.text}
            </p>
          );
        }
        const grid = resolveGrid(block);
        return (
          <table key={b}>
            <tbody>
              {grid.own.map((cells, r) => (
                <tr key={r}>
                  {cells.map((cell) => {
                    const heading = cells.length === 1 && cell.columnSpan > 1;
                    const selected = isSelected(selection, b, r, cell.column);
                    return (
                      <td
                        key={cell.column}
                        colSpan={cell.columnSpan > 1 ? cell.columnSpan : undefined}
                        rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                        className={[heading ? 'heading' : '', selected ? 'selected' : ''].join(' ').trim() || undefined}
                        data-cell={`${b}:${r}:${cell.column}`}
                        aria-selected={selected || undefined}
                      >
                        {cell.paragraphs.map((paragraph, p) => (
                          <p key={p}>{paragraph}</p>
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </article>
  );
};
