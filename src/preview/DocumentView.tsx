import type { Location, RawDocument } from '../core/document';
import { isCellLocation } from '../core/document';
import type { Messages } from '../taskpane/i18n';

const isSelected = (selection: Location | undefined, table: number, row: number, cell: number): boolean =>
  selection !== undefined &&
  isCellLocation(selection) &&
  selection.table === table &&
  selection.row === row &&
  (selection.cell === undefined || selection.cell === cell);

/** The document as a reader sees it, read-only: every text rendered as text, never as HTML. */
export const DocumentView = ({ doc, selection, m }: { doc: RawDocument; selection: Location | undefined; m: Messages }) => {
  const empty = doc.tables.length === 0 && [...(doc.before ?? []), ...doc.after].every((p) => p.trim() === '');
  return (
    <article aria-label={m.preview.documentTitle} data-testid="preview-document">
      {empty ? <p>{m.preview.empty}</p> : null}
      {(doc.before ?? []).map((paragraph, i) => (
        <p key={`b${i}`}>
          <strong>{paragraph}</strong>
        </p>
      ))}
      {doc.tables.map((table, t) => {
        const width = Math.max(1, ...table.map((row) => row.length));
        return (
          <table key={t}>
            <tbody>
              {table.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => {
                    const heading = row.length === 1 && width > 1;
                    const selected = isSelected(selection, t, r, c);
                    return (
                      <td
                        key={c}
                        colSpan={heading ? width : undefined}
                        className={[heading ? 'heading' : '', selected ? 'selected' : ''].join(' ').trim() || undefined}
                        data-cell={`${t}:${r}:${c}`}
                        aria-selected={selected || undefined}
                      >
                        {cell.map((paragraph, p) => (
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
      {doc.after.map((paragraph, i) => (
        <p
          key={`a${i}`}
          className={selection && !isCellLocation(selection) && selection.after === i ? 'selected-paragraph' : undefined}
          data-after={i}
        >
          {paragraph}
        </p>
      ))}
    </article>
  );
};
