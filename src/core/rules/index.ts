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
import { trekkerMissing } from './trekkerMissing';
import { trekkerUnknown } from './trekkerUnknown';
import type { Rule } from './rule';

export type { Rule, RuleContext } from './rule';
export { ruleContext } from './rule';

/** Every rule, in the order their findings are listed. Adding a rule: add it here. */
export const RULES: readonly Rule[] = [
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
  planningMissing,
  planningPastDue,
  planningVague,
  statusMissing,
  statusUnchanged,
  datestampMissing,
  datestampStale,
];
