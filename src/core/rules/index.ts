import { columnsMissing } from './columnsMissing';
import { columnsOrder } from './columnsOrder';
import { columnsUnknown } from './columnsUnknown';
import { datestampMissing } from './datestampMissing';
import { datestampStale } from './datestampStale';
import { headingMissing } from './headingMissing';
import { headingOrder } from './headingOrder';
import { measureChapter } from './measureChapter';
import { measureDuplicate } from './measureDuplicate';
import { measureNumberStyle } from './measureNumberStyle';
import { planningMissing } from './planningMissing';
import { planningPastDue } from './planningPastDue';
import { planningVague } from './planningVague';
import { statusMissing } from './statusMissing';
import { statusUnchanged } from './statusUnchanged';
import { trekkerDuplicate } from './trekkerDuplicate';
import { trekkerMissing } from './trekkerMissing';
import { trekkerUnknown } from './trekkerUnknown';
import type { Rule } from './rule';

export type { Rule, RuleContext } from './rule';
export { ruleContext } from './rule';

/**
 * Every rule, in the order their findings are listed. Adding a rule: its file, a line here, its
 * test (and the seed's expected findings if it fires on the seed); nothing else names it.
 */
export const RULES = [
  columnsMissing,
  columnsOrder,
  columnsUnknown,
  headingMissing,
  headingOrder,
  measureChapter,
  measureDuplicate,
  measureNumberStyle,
  trekkerMissing,
  trekkerUnknown,
  trekkerDuplicate,
  planningMissing,
  planningPastDue,
  planningVague,
  statusMissing,
  statusUnchanged,
  datestampMissing,
  datestampStale,
] as const satisfies readonly Rule<string>[];

/** A rule's id: a misspelt id is a type error wherever ids are written (settings, tests, catalogues). */
export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export const isRuleId = (id: unknown): id is RuleId => RULE_IDS.some((known) => known === id);
