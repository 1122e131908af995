import { CHANGE_KINDS, type Change, type ChangeKind } from '../core/review';
import type { ViewFinding } from './check/view';
import type { Messages } from '../app/i18n/messages';

/** The pane's side of the review round: what moved since the last stand, as lines and groups. No React here. */

/** What a change is about: the measure (number, else title) or the heading. */
export const changeSubject = (change: Change): string => change.measure ?? change.heading ?? '';

const shown = (text: string | undefined, m: Messages): string => (text === undefined || text.trim() === '' ? m.since.empty : `“${text}”`);

/**
 * One change in words, after its subject: a planning or trekker as it was and is ("“eind 2021” →
 * “medio 2022”"), a planning's shift ("6 maanden later"), a new or gone measure's title, the
 * number it had where it was renumbered. The document's words stay as they are written (Dutch).
 */
export const changeDetail = (change: Change, m: Messages): string => {
  const parts: string[] = [];
  switch (change.kind) {
    case 'planning.changed':
      parts.push(`${shown(change.before, m)} → ${shown(change.after, m)}`, `(${m.since.shift(change.shift ?? 'unknown', change.amount)})`);
      break;
    case 'trekker.changed':
      parts.push(`${shown(change.before, m)} → ${shown(change.after, m)}`);
      break;
    case 'measure.added':
    case 'measure.removed': {
      const title = change.kind === 'measure.added' ? change.after : change.before;
      if (title && title !== change.measure) parts.push(title);
      break;
    }
    default:
      break;
  }
  if (change.previously) parts.push(`(${change.previously})`);
  return parts.join(' ');
};

export interface ChangeGroup {
  readonly kind: ChangeKind | 'status.unchanged';
  readonly title: string;
  readonly changes: readonly Change[];
  /** For status.unchanged: its findings (a rule's, so the filter and the comments reach them too). */
  readonly findings: readonly ViewFinding[];
}

/** The changes by kind, in core's order, then the statuses nobody touched; empty groups left out. */
export const changeGroups = (changes: readonly Change[], findings: readonly ViewFinding[], m: Messages): ChangeGroup[] => {
  const groups: ChangeGroup[] = CHANGE_KINDS.map((kind) => ({
    kind,
    title: m.since.groups[kind],
    changes: changes.filter((c) => c.kind === kind),
    findings: [],
  }));
  groups.push({ kind: 'status.unchanged', title: m.since.unchanged, changes: [], findings: findings.filter((f) => f.finding.rule === 'status.unchanged') });
  return groups.filter((g) => g.changes.length > 0 || g.findings.length > 0);
};

/** The export's rows for the changes: kind, subject, before, after, shift (text per column). */
export const changeRows = (changes: readonly Change[], findings: readonly ViewFinding[], m: Messages): string[][] => [
  ...changes.map((c) => [
    m.since.groups[c.kind],
    c.previously ? `${changeSubject(c)} (${c.previously})` : changeSubject(c),
    c.kind === 'measure.added' ? '' : (c.before ?? ''),
    c.kind === 'measure.removed' ? '' : (c.after ?? ''),
    c.kind === 'planning.changed' ? m.since.shift(c.shift ?? 'unknown', c.amount) : '',
  ]),
  ...findings.filter((f) => f.finding.rule === 'status.unchanged').map((f) => [m.since.unchanged, f.finding.measure ?? '', '', '', '']),
];
