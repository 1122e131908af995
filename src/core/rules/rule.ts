import { dateParts, type ISODate } from '../calendar';
import type { ColumnKey } from '../columns';
import type { Finding, Localized, Severity } from '../findings';
import type { MeasureRow, StatusTable } from '../model';
import { formatDutchDate } from '../datestamp';
import type { PlanningParse } from '../planning';
import { cachedPlanning, type Snapshot } from '../review/snapshot';
import type { Settings } from '../settings';
import type { RuleId } from './index';

export interface RuleContext {
  readonly table: StatusTable;
  /** The date planning is measured against. */
  readonly referenceDate: ISODate;
  readonly settings: Settings;
  /** A measure's planning cell, parsed once per check however many rules ask. */
  readonly planningOf: (measure: MeasureRow) => PlanningParse;
  /** The table at the last stand, where the document keeps one (rules comparing with it look here). */
  readonly snapshot?: Snapshot;
}

/** The context every rule of one check shares. */
export const ruleContext = (table: StatusTable, referenceDate: ISODate, settings: Settings, snapshot?: Snapshot): RuleContext => {
  const planningOf = cachedPlanning();
  return { table, referenceDate, settings, planningOf, ...(snapshot ? { snapshot } : {}) };
};

/** A rule; `Id` is its own id as a literal type, so the rule list can name every id (`RuleId`). */
export interface Rule<Id extends string = RuleId> {
  readonly id: Id;
  readonly severity: Severity;
  /** What the rule checks, for the settings list. */
  readonly title: Localized;
  /** How to fix what it finds, in one short sentence: the pane's "hoe oplossen" line. */
  readonly fix: Localized;
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

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date as each language writes it: "8 juli 2021", "8 July 2021" (an English message never shows a Dutch date). */
export const localizedDate = (date: ISODate): Localized => {
  const { year, month, day } = dateParts(date);
  return { nl: formatDutchDate(date), en: `${day} ${MONTHS_EN[month - 1] ?? ''} ${year}` };
};

/**
 * How a message names a measure: by its number ("maatregel 4.2.3"), or by its title in quotes
 * where it has none ("“Ondersteuningsmaatregelen”"), so no sentence reads "maatregel Ondersteuningsmaatregelen".
 */
export const measureName = (measure: Pick<MeasureRow, 'number' | 'subject'>): Localized =>
  measure.number
    ? { nl: `maatregel ${measure.subject}`, en: `measure ${measure.subject}` }
    : { nl: quote(measure.subject), en: quote(measure.subject) };

/** The same words with a capital first letter, for the start of a sentence. */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
