import type { ColumnKey } from './columns';
import type { Location } from './document';
import type { RuleId } from './rules';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'nl' | 'en';

/** A text in each language the add-in speaks. */
export type Localized = Readonly<Record<Lang, string>>;

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The measure's number without a trailing dot, or its title where it has none. */
  readonly measure?: string;
  /** A heading's text. */
  readonly heading?: string;
  /** A standard column's key and name, or the header text of an unknown column. */
  readonly column?: string;
  readonly columnKey?: ColumnKey;
  /** Why, quoting the deciding words. */
  readonly message: Localized;
  /** The words in the document that decided it (for the pane to highlight and explain). */
  readonly words?: string;
  /** Where to go in the document to see it. */
  readonly location?: Location;
}

export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  findings.forEach((f) => {
    counts[f.severity] += 1;
  });
  return counts;
};
