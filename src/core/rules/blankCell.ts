import type { ColumnKey } from '../columns';
import { isBlankCell } from '../document';
import type { Finding, Localized } from '../findings';
import { measures } from '../model';
import { measureFinding, measureName, type Rule, type RuleContext } from './rule';

/**
 * A measure whose cell in `column` is empty. A column the table lacks altogether is reported once
 * by columns.missing, not once per measure.
 */
export const blankCellFindings = (
  rule: Pick<Rule, 'id' | 'severity'>,
  column: ColumnKey,
  /** The message, given how to name the measure ("maatregel 4.2.1", or its title in quotes). */
  message: (name: Localized) => Localized,
  { table }: RuleContext,
): Finding[] =>
  table.header.columns.index[column] === undefined
    ? []
    : measures(table)
        .filter((m) => isBlankCell(m.cells[column]))
        .map((m) => measureFinding(rule, m, column, message(measureName(m))));
