import { CHANGE_KINDS, type Change } from '../core/review/diff';
import { unreachable } from '../core/edits';
import type { Lang } from '../core/findings';
import { DIFF_TEXTS } from './messages';

/** One change as `diff --json` prints it: exactly these keys of core's Change. */
export type JsonChange = Pick<Change, 'kind' | 'measure' | 'heading' | 'before' | 'after' | 'shift'>;

export interface JsonDiff {
  readonly old: string;
  readonly new: string;
  readonly changes: readonly JsonChange[];
}

export const jsonChange = (change: Change): JsonChange => ({
  kind: change.kind,
  ...(change.measure !== undefined ? { measure: change.measure } : {}),
  ...(change.heading !== undefined ? { heading: change.heading } : {}),
  ...(change.before !== undefined ? { before: change.before } : {}),
  ...(change.after !== undefined ? { after: change.after } : {}),
  ...(change.shift !== undefined ? { shift: change.shift } : {}),
});

export const jsonDiff = (old: string, now: string, changes: readonly Change[]): JsonDiff => ({ old, new: now, changes: changes.map(jsonChange) });

const quoted = (text: string | undefined, lang: Lang): string => (text ? `“${text}”` : DIFF_TEXTS[lang].empty);

/** One line of a change under its group's title. */
const changeLine = (change: Change, lang: Lang): string => {
  const t = DIFF_TEXTS[lang];
  const who = change.measure ?? change.heading ?? '';
  const was = change.previously !== undefined ? ` (${t.was(change.previously)})` : '';
  switch (change.kind) {
    case 'measure.added':
      return change.after && change.after !== who ? `${who} ${change.after}` : who;
    case 'measure.removed':
      return change.before && change.before !== who ? `${who} ${change.before}` : who;
    case 'planning.changed': {
      const shift = change.shift ?? 'unknown';
      const amount = change.amount ? `${change.amount.unit === 'days' ? t.days(change.amount.count) : t.months(change.amount.count)} ` : '';
      return `${who}${was}: ${amount}${t.shift[shift]}: ${quoted(change.before, lang)} → ${quoted(change.after, lang)}`;
    }
    case 'trekker.changed':
      return `${who}${was}: ${quoted(change.before, lang)} → ${quoted(change.after, lang)}`;
    case 'status.changed':
    case 'heading.added':
    case 'heading.removed':
      return `${who}${was}`;
    default:
      return unreachable(change.kind);
  }
};

/** The changes grouped by kind, for a reviewer to read. */
export const textDiff = (title: string, changes: readonly Change[], lang: Lang): string => {
  const t = DIFF_TEXTS[lang];
  const lines = [title, ''];
  if (changes.length === 0) lines.push(`  ${t.none}`);
  for (const kind of CHANGE_KINDS) {
    const group = changes.filter((c) => c.kind === kind);
    if (group.length === 0) continue;
    lines.push(`  ${t.groups[kind]}`);
    group.forEach((change) => lines.push(`    ${changeLine(change, lang)}`));
    lines.push('');
  }
  if (changes.length > 0) lines.push(`  ${t.count(changes.length)}`);
  lines.push('');
  return lines.join('\n');
};
