import { MONTHS_NL } from '../../../src/core/calendar';
import { checkDocument } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import { RULES } from '../../../src/core/rules';
import { localizedDate, measureName } from '../../../src/core/rules/rule';
import { seedDocument, seedWithout } from '../../fixtures/seed';
import { syntheticDocument } from '../../fixtures/synthetic';

/** The messages as a reader meets them: short, the date once, in the language of the sentence. */

const findingsOn = (doc: Parameters<typeof checkDocument>[0], today: string): readonly Finding[] => {
  const report = checkDocument(doc, { today });
  if (!report.ok) throw new Error(report.reason);
  return report.findings;
};

/** Every finding the seed, its variant without a heading and a synthetic table give, long after the stamp. */
const everyFinding = (): readonly Finding[] => [
  ...findingsOn(seedDocument, '2026-11-24'),
  ...findingsOn(seedWithout('INBURGERING'), '2026-11-24'),
  ...findingsOn(syntheticDocument(400, 3), '2031-01-01'),
];

/** A message without the document's own words it quotes (“…”): what the sentence itself says. */
const ownWords = (message: string): string => message.replace(/“[^”]*”/g, '“”');

// Case matters: Dutch writes months in lower case ("september"), English capitalises them.
const DUTCH_MONTH = new RegExp(`\\b(${MONTHS_NL.join('|')})\\b`);
const DATE = new RegExp(`\\b\\d{1,2} (${MONTHS_NL.join('|')}|January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}\\b`, 'gi');

describe('rule messages', () => {
  const findings = everyFinding();

  it('cover every rule the documents trigger (the test sees most rules)', () => {
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThanOrEqual(8);
  });

  it('an English message never writes a Dutch date or month (quoted document words aside)', () => {
    const dutch = findings.filter((f) => DUTCH_MONTH.test(ownWords(f.message.en)));
    expect(dutch.map((f) => f.message.en)).toEqual([]);
  });

  it('name a date at most once, quotes included', () => {
    for (const f of findings) {
      for (const lang of ['nl', 'en'] as const) {
        expect([f.message[lang], (f.message[lang].match(DATE) ?? []).length <= 1]).toEqual([f.message[lang], true]);
      }
    }
  });

  it('are short: one or two sentences, under 160 characters', () => {
    for (const f of findings) {
      for (const lang of ['nl', 'en'] as const) {
        const text = ownWords(f.message[lang]);
        expect([text, text.length < 160, (text.match(/[.!?](\s|$)/g) ?? []).length <= 2]).toEqual([text, true, true]);
      }
    }
  });

  // Expected texts written by hand from the seed: 4.2.3's planning reads "8 juli 2021"; 4.3.2's
  // "najaar 2021", which runs to 20 December (README, Planning); the stamp reads "19 juni 2021".
  it.each([
    ['4.2.3', 'nl', 'De planning van maatregel 4.2.3 is verlopen op 8 juli 2021.'],
    ['4.2.3', 'en', 'The planning of measure 4.2.3 ran out on 8 July 2021.'],
    ['4.3.2', 'nl', 'De planning van maatregel 4.3.2 is verlopen: “najaar 2021” liep tot 20 december 2021.'],
    ['4.3.2', 'en', 'The planning of measure 4.3.2 ran out: “najaar 2021” ended on 20 December 2021.'],
    ['Ondersteuningsmaatregelen', 'nl', 'De planning van “Ondersteuningsmaatregelen” is verlopen op 1 januari 2023.'],
  ] as const)('past-due planning of %s in %s', (measure, lang, text) => {
    const f = findingsOn(seedDocument, '2026-11-24').find((x) => x.rule === 'planning.past-due' && x.measure === measure);
    expect(f?.message[lang]).toBe(text);
  });

  it('the stale stamp: its date once, in the reader’s language', () => {
    const f = findingsOn(seedDocument, '2026-11-24').find((x) => x.rule === 'datestamp.stale');
    expect(f?.message).toEqual({
      nl: 'De datum onder de tabel, 19 juni 2021, is verouderd.',
      en: 'The date below the table, 19 June 2021, is out of date.',
    });
  });

  it('no comma splice in the number-style message', () => {
    const f = findingsOn(seedDocument, '2021-06-19').find((x) => x.rule === 'measure.number-style' && x.measure === '7.2');
    expect(f?.message.nl).toBe('Nummer “7.2” eindigt zonder punt, anders dan de andere nummers in deze tabel.');
  });
});

describe('hoe oplossen', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s says how to fix it, in both languages', (_, rule) => {
    for (const lang of ['nl', 'en'] as const) {
      expect(rule.fix[lang].trim().length).toBeGreaterThan(15);
      expect(rule.fix[lang]).toMatch(/[.?]$/);
      expect(rule.fix[lang]).not.toMatch(DUTCH_MONTH);
    }
  });
});

describe('message helpers', () => {
  it('write a date as each language does', () => {
    expect(localizedDate('2021-07-08')).toEqual({ nl: '8 juli 2021', en: '8 July 2021' });
    expect(localizedDate('2026-11-24')).toEqual({ nl: '24 november 2026', en: '24 November 2026' });
  });

  it('name a measure by number, or by its title in quotes', () => {
    expect(measureName({ number: { number: '4.2.1' } as never, subject: '4.2.1' })).toEqual({ nl: 'maatregel 4.2.1', en: 'measure 4.2.1' });
    expect(measureName({ subject: 'Ondersteuningsmaatregelen' })).toEqual({ nl: '“Ondersteuningsmaatregelen”', en: '“Ondersteuningsmaatregelen”' });
  });
});
