import { checkDocument } from '../../src/core/check';
import { checkToView, toCheckView, type CheckView, type ViewFinding } from '../../src/taskpane/check/view';
import { nl } from '../../src/app/i18n/nl';
import { buildTree, filterOptions, flattenTree, NO_TREKKER, openByDefault, SMALL_GROUP, SMALL_RESULT } from '../../src/taskpane/results';
import { seedDocument, seedWithout } from '../fixtures/seed';
import { plainDocument } from '../fixtures/plain';
import { syntheticDocument } from '../fixtures/synthetic';

const viewOf = (doc: Parameters<typeof checkDocument>[0], today: string): readonly ViewFinding[] => {
  const view: CheckView = checkToView(doc, today, { referenceDate: 'today', knownTrekkers: ['BZK', 'JenV', 'COA', 'SZW', 'VNG', 'LRT'], disabledRules: [] });
  if (!view.ok) throw new Error(view.reason);
  return view.findings;
};

describe('the check view', () => {
  // By hand from the seed (seeds/stand-van-zaken.json): 4.2.1, 4.2.3, 4.2.5 sit under HUISVESTING;
  // 5.2.3 under OPVANG KORTE TERMIJN; 7.2 under INBURGERING; 8.2.1 under ONDERSTEUNING…; their
  // trekkers are BZK, BZK, "a.i. JenV", VNG, SZW and LRT.
  const findings = viewOf(seedDocument, '2021-06-19');

  it('gives each finding the section it belongs to', () => {
    expect(findings.map((f) => [f.finding.measure, f.section.kind === 'heading' ? f.section.text : f.section.kind])).toEqual([
      ['4.2.1', 'HUISVESTING'],
      ['5.2.3', 'OPVANG KORTE TERMIJN'],
      ['8.2.1', "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES"],
      ['4.2.3', 'HUISVESTING'],
      ['4.2.5', 'HUISVESTING'],
      ['7.2', 'INBURGERING'],
    ]);
  });

  it('gives each finding the trekker of its measure, and a key that stays while the finding stands', () => {
    expect(findings.map((f) => [f.finding.measure, f.trekker])).toEqual([
      ['4.2.1', 'BZK'],
      ['5.2.3', 'VNG'],
      ['8.2.1', 'LRT'],
      ['4.2.3', 'BZK'],
      ['4.2.5', 'a.i. JenV'],
      ['7.2', 'SZW'],
    ]);
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    const again = viewOf(seedDocument, '2021-06-19');
    expect(again.map((f) => f.key)).toEqual(findings.map((f) => f.key));
  });

  it('puts the date stamp after every row, and a missing heading where its first measure is', () => {
    const later = viewOf(seedWithout('INBURGERING'), '2026-11-24');
    const stamp = later.find((f) => f.finding.rule === 'datestamp.stale');
    expect(stamp?.section).toEqual({ kind: 'datestamp' });
    expect(Math.max(...later.map((f) => f.order))).toBe(stamp?.order);
    const heading = later.find((f) => f.finding.rule === 'heading.missing');
    expect(heading?.section).toEqual({ kind: 'heading', text: 'INBURGERING' });
  });

  it('a document without a status table gives its reason only', () => {
    expect(toCheckView(checkDocument(plainDocument({ tables: [], after: [] }), { today: '2021-06-19' }))).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('the results tree', () => {
  const findings = viewOf(seedDocument, '2026-11-24');

  it('groups by severity first, then rule, in the order the rules are listed', () => {
    const tree = buildTree(findings, {}, 'rule', 'nl', nl);
    expect(tree.severities.map((s) => [s.severity, s.count, s.groups.map((g) => g.title)])).toEqual([
      ['error', 7, ['Planning verlopen']],
      ['warning', 3, ['Planning ontbreekt']],
      ['info', 4, ['Nummering met en zonder punt', 'Datum verouderd']],
    ]);
    expect(tree.shown).toBe(14);
  });

  it('by section, in reading order within each severity', () => {
    const tree = buildTree(findings, {}, 'section', 'nl', nl);
    expect(tree.severities[2]?.groups.map((g) => g.title)).toEqual(['HUISVESTING', 'INBURGERING', nl.sectionDateStamp]);
  });

  it('filters by severity, rule and trekker together', () => {
    expect(buildTree(findings, { severity: 'info' }, 'rule', 'nl', nl).shown).toBe(4);
    expect(buildTree(findings, { rule: 'planning.missing' }, 'rule', 'nl', nl).shown).toBe(3);
    expect(buildTree(findings, { severity: 'error', rule: 'planning.missing' }, 'rule', 'nl', nl).shown).toBe(0);
    // BZK leads 4.2.1 (planning missing), 4.2.3 (past due, number style) and more past-due measures.
    const bzk = buildTree(findings, { trekker: 'BZK' }, 'rule', 'nl', nl);
    const shown = bzk.severities.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => findings[i])));
    expect(shown.length).toBe(bzk.shown);
    expect(shown.every((f) => f?.trekker === 'BZK')).toBe(true);
    expect(shown.map((f) => f?.finding.measure)).toEqual(expect.arrayContaining(['4.2.1', '4.2.3']));
    // The stamp has no measure: any trekker filter hides it.
    expect(bzk.severities.some((s) => s.groups.some((g) => g.title === 'Datum verouderd'))).toBe(false);
  });

  it('offers the trekkers the findings name, "no trekker" first, with counts', () => {
    const options = filterOptions(
      [...findings, { ...(findings[0] as ViewFinding), key: 'x', trekker: NO_TREKKER }],
      'nl',
    );
    expect(options.trekkers[0]).toEqual({ value: NO_TREKKER, count: 1 });
    expect(options.trekkers.reduce((n, t) => n + t.count, 0)).toBe(findings.filter((f) => f.trekker !== undefined).length + 1);
    expect(options.severities.map((s) => s.value)).toEqual(['error', 'warning', 'info']);
  });

  it('flattens the open nodes into rows; a folded group hides its findings, each finding knows its place', () => {
    const tree = buildTree(findings, {}, 'rule', 'nl', nl);
    const rows = flattenTree(tree, findings, new Map());
    expect(rows.filter((r) => r.kind === 'finding')).toHaveLength(14);
    const pastDue = rows.find((r) => r.kind === 'group' && r.node.title === 'Planning verlopen');
    const folded = flattenTree(tree, findings, new Map([[pastDue?.key ?? '', false]]));
    expect(folded.filter((r) => r.kind === 'finding')).toHaveLength(7);
    const positions = rows.flatMap((r) => (r.kind === 'finding' && r.group.title === 'Planning verlopen' ? [r.position] : []));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const closed = flattenTree(tree, findings, new Map([['sev:error', false]]));
    expect(closed.filter((r) => r.kind !== 'finding' && r.node.severity === 'error')).toHaveLength(1);
  });

  it('a long result starts with its big groups folded and its small ones open', () => {
    const long = viewOf(syntheticDocument(2000, 5), '2031-01-01');
    expect(long.length).toBeGreaterThan(SMALL_RESULT);
    const tree = buildTree(long, {}, 'rule', 'nl', nl);
    for (const severity of tree.severities) {
      expect(openByDefault(tree, severity)).toBe(true);
      for (const group of severity.groups) expect(openByDefault(tree, group)).toBe(group.items.length <= SMALL_GROUP);
    }
    const stamp = tree.severities.flatMap((s) => s.groups).find((g) => g.title === 'Datum verouderd');
    expect(stamp && openByDefault(tree, stamp)).toBe(true);
  });
});
