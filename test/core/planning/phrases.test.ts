import { parsePlanning, type PlanningKind } from '../../../src/core';

/**
 * Each row: a planning text as civil servants write it, and what it means, worked out by hand:
 * [text, kind, earliest, latest, deciding words]. Dates are the interval of the deciding
 * (latest) expression.
 */
type Row = readonly [text: string, kind: PlanningKind, earliest?: string, latest?: string, words?: string];

const SEED: Row[] = [
  ['Op 8 juli 2021 is het rapport aan demissionair minister BZK, Ollongren overhandigd', 'dated', '2021-07-08', '2021-07-08', '8 juli 2021'],
  ['De werkgroep komt 1x per twee maanden samen. De eerstvolgende bijeenkomst is in september 2021.', 'dated', '2021-09-01', '2021-09-30', 'september 2021'],
  ['De regeling treedt in werking op 15 juli 2021 en loopt tot 31 december 2021', 'dated', '2021-12-31', '2021-12-31', 'tot 31 december 2021'],
  ['Openstelling in najaar 2021', 'dated', '2021-09-23', '2021-12-20', 'najaar 2021'],
  ['N.v.t.', 'no-deadline'],
  ['Bespreking tijdens LRT eind september 2021', 'dated', '2021-09-21', '2021-09-30', 'eind september 2021'],
  [
    'Realisatie benodigde opvangcapaciteit en flexibiliteit in het kader van toekomstig flexibel opvangsysteem uiterlijk 1 januari 2023.\nPRT\u2019s zijn aan het werk en planvorming wordt z.s.m. verwacht t.b.v. een landelijk beeld van de opvangportefeuille COA.',
    'dated', '2023-01-01', '2023-01-01', 'uiterlijk 1 januari 2023',
  ],
  [
    'De middelen voor de ondertussengroep zijn (cumulatief) beschikbaar voor de jaren 2021 t/m 2026\nDe formele bekendmaking van de ELIP-middelen voor 2021 vindt plaats bij de decembercirculaire.',
    'dated', '2021-01-01', '2026-12-31', '2021 t/m 2026',
  ],
  ['Bespreking eindrapportage tijdens LRT in najaar 2021', 'dated', '2021-09-23', '2021-12-20', 'najaar 2021'],
  ['', 'empty'],
  ['   \n ', 'empty'],
];

const DAYS: Row[] = [
  ['8 juli 2021', 'dated', '2021-07-08', '2021-07-08', '8 juli 2021'],
  ['1-3-2021', 'dated', '2021-03-01', '2021-03-01', '1-3-2021'],
  ['01/03/2021', 'dated', '2021-03-01', '2021-03-01', '01/03/2021'],
  ['31.12.2022', 'dated', '2022-12-31', '2022-12-31', '31.12.2022'],
  ['2021-03-01', 'dated', '2021-03-01', '2021-03-01', '2021-03-01'],
  ['29 februari 2024', 'dated', '2024-02-29', '2024-02-29', '29 februari 2024'],
  ['3 okt. 2022', 'dated', '2022-10-03', '2022-10-03', '3 okt. 2022'],
  ['Oplevering 12 Mei 2022', 'dated', '2022-05-12', '2022-05-12', '12 Mei 2022'],
  ['1 t/m 15 juli 2021', 'dated', '2021-07-01', '2021-07-15', '1 t/m 15 juli 2021'],
  ['15 juli tot 31 december 2021', 'dated', '2021-07-15', '2021-12-31', '15 juli tot 31 december 2021'],
  ['15 juli ... tot 31 december 2021', 'dated', '2021-12-31', '2021-12-31', 'tot 31 december 2021'],
];

const MONTHS: Row[] = [
  ['september 2021', 'dated', '2021-09-01', '2021-09-30', 'september 2021'],
  ['februari 2024', 'dated', '2024-02-01', '2024-02-29', 'februari 2024'],
  ["sept. '21", 'dated', '2021-09-01', '2021-09-30', "sept. '21"],
  ['in de maand maart van 2022', 'dated', '2022-03-01', '2022-03-31', 'maart van 2022'],
  ['begin juli 2021', 'dated', '2021-07-01', '2021-07-10', 'begin juli 2021'],
  ['medio juli 2021', 'dated', '2021-07-11', '2021-07-20', 'medio juli 2021'],
  ['half augustus 2021', 'dated', '2021-08-11', '2021-08-20', 'half augustus 2021'],
  ['eind september 2021', 'dated', '2021-09-21', '2021-09-30', 'eind september 2021'],
  ['ultimo juni 2021', 'dated', '2021-06-21', '2021-06-30', 'ultimo juni 2021'],
  ['einde februari 2023', 'dated', '2023-02-21', '2023-02-28', 'einde februari 2023'],
  ['april/mei 2021', 'dated', '2021-04-01', '2021-05-31', 'april/mei 2021'],
  ['april t/m juni 2022', 'dated', '2022-04-01', '2022-06-30', 'april t/m juni 2022'],
  ['november tot februari 2022', 'dated', '2021-11-01', '2022-02-28', 'november tot februari 2022'],
];

const YEARS: Row[] = [
  ['2022', 'dated', '2022-01-01', '2022-12-31', '2022'],
  ['In de loop van 2023', 'dated', '2023-01-01', '2023-12-31', '2023'],
  ['begin 2022', 'dated', '2022-01-01', '2022-03-31', 'begin 2022'],
  ['medio 2022', 'dated', '2022-05-01', '2022-08-31', 'medio 2022'],
  ['eind 2021', 'dated', '2021-10-01', '2021-12-31', 'eind 2021'],
  ['einde van 2024', 'dated', '2024-10-01', '2024-12-31', 'einde van 2024'],
  ['2021 t/m 2026', 'dated', '2021-01-01', '2026-12-31', '2021 t/m 2026'],
  ['2021-2026', 'dated', '2021-01-01', '2026-12-31', '2021-2026'],
  ['schooljaar 2021/2022', 'dated', '2021-01-01', '2022-12-31', '2021/2022'],
  ['2021 tot en met 2023', 'dated', '2021-01-01', '2023-12-31', '2021 tot en met 2023'],
];

const SEASONS: Row[] = [
  ['voorjaar 2022', 'dated', '2022-03-20', '2022-06-20', 'voorjaar 2022'],
  ['lente 2022', 'dated', '2022-03-20', '2022-06-20', 'lente 2022'],
  ['zomer 2021', 'dated', '2021-06-21', '2021-09-22', 'zomer 2021'],
  ['in de zomer van 2021', 'dated', '2021-06-21', '2021-09-22', 'zomer van 2021'],
  ['najaar 2021', 'dated', '2021-09-23', '2021-12-20', 'najaar 2021'],
  ['herfst 2022', 'dated', '2022-09-23', '2022-12-20', 'herfst 2022'],
  ['winter 2021', 'dated', '2021-12-21', '2022-02-28', 'winter 2021'],
  ['winter 2023/2024', 'dated', '2023-12-21', '2024-02-29', 'winter 2023/2024'],
  ['eind najaar 2021', 'dated', '2021-09-23', '2021-12-20', 'eind najaar 2021'],
];

const QUARTERS_HALVES_WEEKS: Row[] = [
  ['Q3 2021', 'dated', '2021-07-01', '2021-09-30', 'Q3 2021'],
  ['Q1-2022', 'dated', '2022-01-01', '2022-03-31', 'Q1-2022'],
  ['2022-Q2', 'dated', '2022-04-01', '2022-06-30', '2022-Q2'],
  ['K4 2021', 'dated', '2021-10-01', '2021-12-31', 'K4 2021'],
  ['derde kwartaal 2021', 'dated', '2021-07-01', '2021-09-30', 'derde kwartaal 2021'],
  ['3e kwartaal van 2022', 'dated', '2022-07-01', '2022-09-30', '3e kwartaal van 2022'],
  ['laatste kwartaal 2021', 'dated', '2021-10-01', '2021-12-31', 'laatste kwartaal 2021'],
  ['eerste helft 2021', 'dated', '2021-01-01', '2021-06-30', 'eerste helft 2021'],
  ['tweede helft van 2022', 'dated', '2022-07-01', '2022-12-31', 'tweede helft van 2022'],
  ['H2 2021', 'dated', '2021-07-01', '2021-12-31', 'H2 2021'],
  ['week 38 2021', 'dated', '2021-09-20', '2021-09-26', 'week 38 2021'],
  ['wk 1 2021', 'dated', '2021-01-04', '2021-01-10', 'wk 1 2021'],
  ['week 53 van 2020', 'dated', '2020-12-28', '2021-01-03', 'week 53 van 2020'],
];

const OPERATORS: Row[] = [
  ['uiterlijk 1 januari 2023', 'dated', '2023-01-01', '2023-01-01', 'uiterlijk 1 januari 2023'],
  ['Uiterlijk eind 2022 gereed', 'dated', '2022-10-01', '2022-12-31', 'Uiterlijk eind 2022'],
  ['vóór 1 september 2021', 'dated', '2021-08-31', '2021-08-31', 'vóór 1 september 2021'],
  ['Voor 1 maart 2022 besluit', 'dated', '2022-02-28', '2022-02-28', 'Voor 1 maart 2022'],
  ['vóór 2022', 'dated', '2021-12-31', '2021-12-31', 'vóór 2022'],
  ['vóór de zomer van 2022', 'dated', '2022-06-20', '2022-06-20', 'vóór de zomer van 2022'],
  ['Middelen voor 2021', 'dated', '2021-01-01', '2021-12-31', '2021'],
  ['loopt tot 31 december 2021', 'dated', '2021-12-31', '2021-12-31', 'tot 31 december 2021'],
  ['t/m 30 juni 2022', 'dated', '2022-06-30', '2022-06-30', 't/m 30 juni 2022'],
  ['niet later dan 1 mei 2022', 'dated', '2022-05-01', '2022-05-01', 'niet later dan 1 mei 2022'],
];

const NO_DEADLINE: Row[] = [
  ['N.v.t.', 'no-deadline'],
  ['nvt', 'no-deadline'],
  ['Niet van toepassing', 'no-deadline'],
  ['Doorlopend', 'no-deadline'],
  ['n.t.b.', 'no-deadline'],
  ['Nader te bepalen', 'no-deadline'],
  ['p.m.', 'no-deadline'],
  ['Afgerond', 'no-deadline'],
  ['De werkgroep komt 1x per twee maanden samen', 'no-deadline'],
  ['Maandelijks overleg', 'no-deadline'],
  ['Twee keer per jaar een rapportage', 'no-deadline'],
  ['Elke week een update', 'no-deadline'],
];

const VAGUE: Row[] = [
  ['z.s.m.', 'vague'],
  ['zsm', 'vague'],
  ['Zo snel mogelijk', 'vague'],
  ['Op korte termijn', 'vague'],
  ['na de zomer', 'vague'],
  ['eind september', 'vague'],
  ['Q3', 'vague'],
  ['in september', 'vague'],
];

const NOT_DATES: Row[] = [
  ['18- tot 23-jarigen', 'unreadable'],
  ['Wi2013', 'unreadable'],
  ['\u20AC 50 miljoen', 'unreadable'],
  ['onder 6.2', 'unreadable'],
  ['zie H2', 'unreadable'],
  ['Bij de decembercirculaire', 'unreadable'],
  ['2000 woningen', 'unreadable'],
  ['\u20AC 2021 extra', 'unreadable'],
  ['Versie 1.2021', 'unreadable'],
  ['32 juli 2021', 'dated', '2021-07-01', '2021-07-31', 'juli 2021'],
];

const NORMALISED: Row[] = [
  ['eind\u00A0september\u00A02021', 'dated', '2021-09-21', '2021-09-30', 'eind september 2021'],
  ['2021\u20132026', 'dated', '2021-01-01', '2026-12-31', '2021-2026'],
  ['sept. \u201921', 'dated', '2021-09-01', '2021-09-30', "sept. '21"],
];

const ALL: Array<[string, Row[]]> = [
  ['seed planning cells', SEED],
  ['days', DAYS],
  ['months', MONTHS],
  ['years', YEARS],
  ['seasons', SEASONS],
  ['quarters, halves and weeks', QUARTERS_HALVES_WEEKS],
  ['operators', OPERATORS],
  ['no deadline', NO_DEADLINE],
  ['vague', VAGUE],
  ['not dates', NOT_DATES],
  ['normalised characters', NORMALISED],
];

describe.each(ALL)('parsePlanning: %s', (_name, rows) => {
  it.each(rows.map((row) => ({ row, name: JSON.stringify(row[0]) })))('$name', ({ row }) => {
    const [text, kind, earliest, latest, words] = row;
    const parsed = parsePlanning(text);
    expect(parsed.kind).toBe(kind);
    if (kind === 'dated') {
      expect(parsed.deadline).toEqual({ earliest, latest });
      expect(parsed.latest?.words).toBe(words);
    } else {
      expect(parsed.deadline).toBeUndefined();
      expect(parsed.expressions).toEqual([]);
    }
  });
});

it('has at least 80 phrases', () => {
  expect(ALL.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(80);
});
