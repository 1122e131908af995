import { parsePlanning, type PlanningParse } from '../../../src/core';
import { pick, PLANNING_PHRASES, prng } from '../../fixtures/synthetic';

/** What must hold for any input: offsets point at the words, intervals run forwards, kinds agree. */
const checkInvariants = (input: string, parsed: PlanningParse): void => {
  for (const e of parsed.expressions) {
    if (parsed.text.slice(e.start, e.start + e.words.length) !== e.words) throw new Error(`offset of ${e.words} in ${JSON.stringify(input)}`);
    if (!(e.earliest <= e.latest)) throw new Error(`backwards interval ${e.earliest}..${e.latest} in ${JSON.stringify(input)}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.latest)) throw new Error(`not a date: ${e.latest}`);
  }
  if ((parsed.kind === 'dated') !== parsed.expressions.length > 0) throw new Error(`kind ${parsed.kind} for ${JSON.stringify(input)}`);
  if (parsed.kind === 'dated' && parsed.latest && parsed.expressions.some((e) => e.latest > parsed.latest!.latest)) {
    throw new Error(`not the latest in ${JSON.stringify(input)}`);
  }
};

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 ./-\'’–\u00a0\n€éóQKHW';
const TOKENS = [
  'juli', 'mei', 'sept.', '2021', "'21", 't/m', 'tot', 'vóór', 'voor', 'uiterlijk', 'eind', 'medio', 'begin', 'Q3', 'K2', 'H1',
  'week', '38', '53', '0', '31', '29', 'februari', 'najaar', 'winter', 'kwartaal', 'derde', 'helft', 'N.v.t.', 'z.s.m.',
  '1x per', 'maanden', '-', '/', '.', '\n', '€', '99999999999', '2099', '1989', 'ultimo', 'van', 'de',
];

const randomString = (random: () => number): string => {
  const length = Math.floor(random() * 60);
  let s = '';
  for (let i = 0; i < length; i += 1) s += random() < 0.5 ? pick(random, [...ALPHABET]) : ` ${pick(random, TOKENS)}`;
  return s;
};

/** A real planning phrase with characters dropped, doubled or swapped in. */
const mutate = (random: () => number, phrase: string): string => {
  const chars = [...phrase];
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * (chars.length + 1));
    const r = random();
    if (r < 0.33) chars.splice(at, 1);
    else if (r < 0.66) chars.splice(at, 0, pick(random, [...ALPHABET]));
    else chars.splice(at, 0, ` ${pick(random, TOKENS)} `);
  }
  return chars.join('');
};

describe('parsePlanning under random input', () => {
  it('never throws on 10,000 random strings and keeps its invariants', () => {
    const random = prng(20210619);
    for (let i = 0; i < 10_000; i += 1) {
      const input = randomString(random);
      checkInvariants(input, parsePlanning(input));
    }
  });

  it('never throws on 100,000 mutated planning phrases', () => {
    const random = prng(42);
    const phrases = PLANNING_PHRASES.filter((p) => p !== '');
    for (let i = 0; i < 100_000; i += 1) {
      const input = mutate(random, pick(random, phrases));
      checkInvariants(input, parsePlanning(input));
    }
  });

  it('survives hostile text: huge, control characters, lone surrogates, non-strings', () => {
    const inputs = ['9'.repeat(100_000), 'juli '.repeat(20_000), '\u0000\u0001\u202e', '\ud800 2021 \udfff', 't/m '.repeat(5000)];
    for (const input of inputs) checkInvariants(input, parsePlanning(input));
    expect(parsePlanning(undefined as unknown as string).kind).toBe('empty');
  });
});
