import { SEVERITY_ORDER, type Lang, type Severity } from '../core/findings';
import { RULES } from '../core/rules';
import type { SectionRef, ViewFinding } from './check/view';
import type { Messages } from '../app/i18n/messages';

/**
 * The results as a tree, Office's Accessibility Checker style: severity, then rule or section,
 * then the findings; filtered, and flattened into the rows the (virtualised) list shows. Every
 * step is one pass over the findings, so 11,000 of them regroup in a few milliseconds.
 */

export type Grouping = 'rule' | 'section';

/** Which findings to show; an absent field shows all. */
export interface Filter {
  readonly severity?: Severity;
  readonly rule?: string;
  readonly trekker?: string;
}

/** The trekker filter's value for "measures without a trekker" (a trekker's text is never empty). */
export const NO_TREKKER = '';

export const activeFilters = (filter: Filter): number =>
  (filter.severity ? 1 : 0) + (filter.rule ? 1 : 0) + (filter.trekker !== undefined ? 1 : 0);

export const passesFilter = (item: ViewFinding, filter: Filter): boolean =>
  (!filter.severity || item.finding.severity === filter.severity) &&
  (!filter.rule || item.finding.rule === filter.rule) &&
  (filter.trekker === undefined || item.trekker === filter.trekker);

/** The rule's title in the user's language, or its id for a rule this build does not know. */
export const ruleTitle = (ruleId: string, lang: Lang): string => RULES.find((rule) => rule.id === ruleId)?.title[lang] ?? ruleId;

/** The rule's "hoe oplossen" line, if this build knows the rule. */
export const ruleFix = (ruleId: string, lang: Lang): string | undefined => RULES.find((rule) => rule.id === ruleId)?.fix[lang];

export const sectionTitle = (section: SectionRef, m: Messages): string => {
  switch (section.kind) {
    case 'heading':
      return section.text;
    case 'header':
      return m.sectionHeader;
    case 'datestamp':
      return m.sectionDateStamp;
    case 'none':
      return m.sectionNone;
    default:
      return m.sectionDocument;
  }
};

export interface GroupNode {
  readonly key: string;
  readonly title: string;
  readonly severity: Severity;
  /** Indexes into the view's findings, in their order. */
  readonly items: readonly number[];
}

export interface SeverityNode {
  readonly key: string;
  readonly severity: Severity;
  readonly count: number;
  readonly groups: readonly GroupNode[];
}

export interface ResultTree {
  readonly severities: readonly SeverityNode[];
  /** How many findings pass the filter. */
  readonly shown: number;
}

/** Groups the findings that pass the filter: severities in order, groups by rule order or reading order. */
export const buildTree = (
  findings: readonly ViewFinding[],
  filter: Filter,
  grouping: Grouping,
  lang: Lang,
  m: Messages,
): ResultTree => {
  const buckets = new Map<Severity, Map<string, { title: string; items: number[]; first: number }>>();
  let shown = 0;
  findings.forEach((item, index) => {
    if (!passesFilter(item, filter)) return;
    shown += 1;
    const severity = item.finding.severity;
    const groups = buckets.get(severity) ?? new Map<string, { title: string; items: number[]; first: number }>();
    buckets.set(severity, groups);
    const id = grouping === 'rule' ? item.finding.rule : sectionTitle(item.section, m);
    let group = groups.get(id);
    if (!group) {
      group = { title: grouping === 'rule' ? ruleTitle(id, lang) : id, items: [], first: item.order };
      groups.set(id, group);
    }
    group.items.push(index);
    if (item.order < group.first) group.first = item.order;
  });
  const severities = SEVERITY_ORDER.flatMap((severity): SeverityNode[] => {
    const groups = buckets.get(severity);
    if (!groups) return [];
    const list = [...groups.entries()].map(([id, g]) => ({ id, ...g }));
    // By rule: the order RULES lists them (the check reports them so). By section: reading order.
    if (grouping === 'section') list.sort((a, b) => a.first - b.first);
    return [
      {
        key: `sev:${severity}`,
        severity,
        count: list.reduce((n, g) => n + g.items.length, 0),
        groups: list.map((g) => ({ key: `grp:${grouping}:${severity}:${g.id}`, title: g.title, severity, items: g.items })),
      },
    ];
  });
  return { severities, shown };
};

/**
 * Whether a node starts open. A short result opens whole; a long one opens the severities and
 * the small groups, so the one date-stamp finding is a few Tab stops away, not thousands.
 */
export const openByDefault = (tree: ResultTree, node: SeverityNode | GroupNode): boolean =>
  'groups' in node || tree.shown <= SMALL_RESULT || node.items.length <= SMALL_GROUP;

export const SMALL_RESULT = 50;
export const SMALL_GROUP = 10;

export type ResultRow =
  | { readonly kind: 'severity'; readonly key: string; readonly node: SeverityNode; readonly open: boolean }
  | { readonly kind: 'group'; readonly key: string; readonly node: GroupNode; readonly open: boolean }
  | {
      readonly kind: 'finding';
      readonly key: string;
      readonly index: number;
      readonly group: GroupNode;
      /** 1-based place in its group, for aria-posinset (the list is virtualised). */
      readonly position: number;
    };

/** The rows to show, top to bottom, for the nodes open now (`toggled` holds the user's choices). */
export const flattenTree = (
  tree: ResultTree,
  findings: readonly ViewFinding[],
  toggled: ReadonlyMap<string, boolean>,
): ResultRow[] => {
  const rows: ResultRow[] = [];
  const isOpen = (node: SeverityNode | GroupNode) => toggled.get(node.key) ?? openByDefault(tree, node);
  for (const severity of tree.severities) {
    const open = isOpen(severity);
    rows.push({ kind: 'severity', key: severity.key, node: severity, open });
    if (!open) continue;
    for (const group of severity.groups) {
      const groupOpen = isOpen(group);
      rows.push({ kind: 'group', key: group.key, node: group, open: groupOpen });
      if (!groupOpen) continue;
      group.items.forEach((index, i) => {
        rows.push({ kind: 'finding', key: `${group.key}/${findings[index]?.key ?? index}`, index, group, position: i + 1 });
      });
    }
  }
  return rows;
};

/** The choices the filter offers, each with how many findings it would show (of all findings). */
export const filterOptions = (
  findings: readonly ViewFinding[],
  lang: Lang,
): {
  severities: { value: Severity; count: number }[];
  rules: { value: string; title: string; count: number }[];
  trekkers: { value: string; count: number }[];
} => {
  const severities = new Map<Severity, number>();
  const rules = new Map<string, number>();
  const trekkers = new Map<string, number>();
  for (const { finding, trekker } of findings) {
    severities.set(finding.severity, (severities.get(finding.severity) ?? 0) + 1);
    rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
    if (trekker !== undefined) trekkers.set(trekker, (trekkers.get(trekker) ?? 0) + 1);
  }
  return {
    severities: SEVERITY_ORDER.filter((s) => severities.has(s)).map((value) => ({ value, count: severities.get(value) ?? 0 })),
    rules: [...rules].map(([value, count]) => ({ value, title: ruleTitle(value, lang), count })),
    trekkers: [...trekkers]
      .sort(([a], [b]) => (a === NO_TREKKER ? -1 : b === NO_TREKKER ? 1 : a.localeCompare(b, 'nl')))
      .map(([value, count]) => ({ value, count })),
  };
};
