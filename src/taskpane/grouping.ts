import { isCellLocation } from '../core/document';
import type { Finding, Lang } from '../core/findings';
import type { StatusTable } from '../core/model';
import { RULES } from '../core/rules';
import type { Messages } from './i18n';

export type Grouping = 'rule' | 'section';

export interface FindingGroup {
  readonly key: string;
  readonly title: string;
  readonly findings: readonly Finding[];
}

/** The rule's title in the user's language, or its id for a rule this build does not know. */
export const ruleTitle = (ruleId: string, lang: Lang): string =>
  RULES.find((rule) => rule.id === ruleId)?.title[lang] ?? ruleId;

/**
 * The section (heading) a finding belongs to: the heading it names, else the heading above
 * the row it points at; the header row and the date stamp are sections of their own.
 */
export const sectionOf = (finding: Finding, table: StatusTable | undefined, messages: Messages): string => {
  if (finding.heading) return finding.heading;
  const location = finding.location;
  if (!location) return messages.sectionDocument;
  if (!isCellLocation(location)) return messages.sectionDateStamp;
  const row = table?.rows.find((r) => r.location.block === location.block && 'row' in r.location && r.location.row === location.row);
  if (!row) {
    const header = table?.header.location;
    return header && header.block === location.block && header.row === location.row
      ? messages.sectionHeader
      : messages.sectionDocument;
  }
  switch (row.kind) {
    case 'measure':
      return row.heading?.text ?? messages.sectionNone;
    case 'heading':
      return row.text;
    case 'header':
      return messages.sectionHeader;
    default:
      return messages.sectionDocument;
  }
};

/** Groups in order of first appearance (the report lists errors first). */
export const groupFindings = (
  findings: readonly Finding[],
  grouping: Grouping,
  table: StatusTable | undefined,
  lang: Lang,
  messages: Messages,
): FindingGroup[] => {
  const groups = new Map<string, { title: string; findings: Finding[] }>();
  findings.forEach((finding) => {
    const key = grouping === 'rule' ? finding.rule : sectionOf(finding, table, messages);
    const title = grouping === 'rule' ? ruleTitle(finding.rule, lang) : key;
    const group = groups.get(key) ?? { title, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  });
  return [...groups.entries()].map(([key, group]) => ({ key, ...group }));
};
