/** The Dutch planning parser: from a planning cell's text to the dates it names. */
export { parsePlanning } from './parse';
export type { DateExpression, DateForm, DateOperator, Interval, Phrase, PlanningKind, PlanningParse } from './types';
