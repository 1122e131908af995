import type { ISODate } from '../calendar';
import type { ColumnKey } from '../columns';
import type { Finding, Localized, Severity } from '../findings';
import type { MeasureRow, StatusTable } from '../model';
import { cellString } from '../document';
import { parsePlanning, type PlanningParse } from '../planning';
import type { Settings } from '../settings';
import type { RuleId } from './index';

export interface RuleContext {
  readonly table: StatusTable;
  /** The date planning is measured against. */
  readonly referenceDate: ISODate;
  readonly settings: Settings;
  /** A measure's planning cell, parsed once per check however many rules ask. */
  readonly planningOf: (measure: MeasureRow) => PlanningParse;
}

/** The context every rule of one check shares. */
export const ruleContext = (table: StatusTable, referenceDate: ISODate, settings: Settings): RuleContext => {
  // Keyed by text: long tables repeat their planning phrases ("N.v.t.", "Doorlopend") many times.
  const parsed = new Map<string, PlanningParse>();
  const planningOf = (measure: MeasureRow): PlanningParse => {
    const text = cellString(measure.cells.planning);
    let result = parsed.get(text);
    if (!result) {
      result = parsePlanning(text);
      parsed.set(text, result);
    }
    return result;
  };
  return { table, referenceDate, settings, planningOf };
};

/** A rule; `Id` is its own id as a literal type, so the rule list can name every id (`RuleId`). */
export interface Rule<Id extends string = RuleId> {
  readonly id: Id;
  readonly severity: Severity;
  /** What the rule checks, for the settings list. */
  readonly title: Localized;
  readonly check: (context: RuleContext) => Finding[];
}

/** A finding about one cell of a measure (the whole row when the column is absent). */
export const measureFinding = (
  rule: Pick<Rule, 'id' | 'severity'>,
  measure: MeasureRow,
  column: ColumnKey,
  message: Localized,
  words?: string,
): Finding => {
  return {
    rule: rule.id,
    severity: rule.severity,
    measure: measure.subject,
    message,
    location: measure.cellLocation[column] ?? measure.location,
    ...(words !== undefined ? { words } : {}),
  };
};

/** Quotes a document's words in a message. */
export const quote = (words: string): string => `“${words}”`;
