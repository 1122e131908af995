import { parseStoredSettings, RULES, RULE_IDS, isRuleId, withDefaults } from '../../src/core';

describe('rule ids', () => {
  it('are the ids of the rule list, each once', () => {
    expect(RULE_IDS).toEqual(RULES.map((rule) => rule.id));
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
  });

  it('are told apart from strings that only look like one', () => {
    expect(isRuleId('trekker.unknown')).toBe(true);
    // The id a host test once switched off: it never existed, so nothing noticed.
    expect(isRuleId('trekker-unknown')).toBe(false);
    expect(isRuleId(undefined)).toBe(false);
  });
});

describe('parseStoredSettings', () => {
  it('keeps the rule ids this version knows and drops the others (a newer rule, a typo)', () => {
    expect(parseStoredSettings('{"disabledRules":["planning.missing","trekker-unknown","future.rule",3]}')).toEqual({
      disabledRules: ['planning.missing'],
    });
  });

  it('takes the object itself as some hosts hand it back, field by field', () => {
    expect(parseStoredSettings({ referenceDate: 'datestamp', knownTrekkers: ['BZK', 7], disabledRules: 'x' })).toEqual({
      referenceDate: 'datestamp',
      knownTrekkers: ['BZK'],
    });
  });

  it('gives nothing usable for what is not a settings object', () => {
    expect(parseStoredSettings('not json')).toBeUndefined();
    expect(parseStoredSettings('[1,2]')).toBeUndefined();
    expect(parseStoredSettings(null)).toBeUndefined();
  });
});

describe('withDefaults', () => {
  it('switches off only known rules, whatever was stored', () => {
    expect(withDefaults({ disabledRules: ['status.missing', 'nope' as never] }).disabledRules).toEqual(['status.missing']);
  });
});
