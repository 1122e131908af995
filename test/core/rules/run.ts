import { checkDocument, DEFAULT_SETTINGS, type Finding, type RuleId, type SourceDocument, type Settings } from '../../../src/core';

/** The findings one rule gives on a document, as of `today`. */
export const findingsOf = (
  rule: RuleId,
  document: SourceDocument,
  today = '2021-06-19',
  settings: Settings = DEFAULT_SETTINGS,
): Finding[] => {
  const report = checkDocument(document, { today, settings });
  if (!report.ok) throw new Error(report.reason);
  return report.findings.filter((f) => f.rule === rule);
};

export const subjects = (findings: readonly Finding[]): (string | undefined)[] =>
  findings.map((f) => f.measure ?? f.heading ?? f.column);
