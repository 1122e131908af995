import { isRuleId, type RuleId } from './rules';

/** What co-authors of one document share: stored in the document by the hosts that can. */
export interface Settings {
  /** Which date counts as "now" for past-due planning: today, or the document's own date stamp. */
  readonly referenceDate: 'today' | 'datestamp';
  /** Organisations a trekker may name. */
  readonly knownTrekkers: readonly string[];
  /** Rule ids switched off. */
  readonly disabledRules: readonly RuleId[];
}

export const DEFAULT_TREKKERS: readonly string[] = [
  'BZK', 'JenV', 'J&V', 'SZW', 'VWS', 'OCW', 'FIN', 'VRO', 'AenM', 'COA', 'IND', 'DT&V', 'DUO', 'RVB',
  'VNG', 'IPO', 'G4', 'G40', 'Aedes', 'Divosa', 'VluchtelingenWerk', 'LRT', 'PRT', 'CdK',
];

export const DEFAULT_SETTINGS: Settings = {
  referenceDate: 'today',
  knownTrekkers: DEFAULT_TREKKERS,
  disabledRules: [],
};

/** Settings as stored may be partial or from an older version: fill the gaps with the defaults. */
export const withDefaults = (stored: Partial<Settings> | undefined): Settings => ({
  referenceDate: stored?.referenceDate === 'datestamp' ? 'datestamp' : 'today',
  knownTrekkers:
    Array.isArray(stored?.knownTrekkers) && stored.knownTrekkers.length > 0
      ? stored.knownTrekkers.filter((t): t is string => typeof t === 'string')
      : DEFAULT_TREKKERS,
  disabledRules: Array.isArray(stored?.disabledRules) ? stored.disabledRules.filter(isRuleId) : [],
});

const stringsIn = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

/**
 * Settings as read back from a document: a JSON string (or, from some hosts, the object itself)
 * that a co-author's older or newer add-in, or a hand edit, may have written. Each field is taken
 * only when it has the right type; anything else is left out, never cast. Undefined: nothing usable.
 */
export const parseStoredSettings = (raw: unknown): Partial<Settings> | undefined => {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const referenceDate = record.referenceDate === 'today' || record.referenceDate === 'datestamp' ? record.referenceDate : undefined;
  const knownTrekkers = stringsIn(record.knownTrekkers);
  // An id this version does not know (a newer add-in's rule, a hand edit) switches nothing off.
  const disabledRules = stringsIn(record.disabledRules)?.filter(isRuleId);
  return {
    ...(referenceDate ? { referenceDate } : {}),
    ...(knownTrekkers ? { knownTrekkers } : {}),
    ...(disabledRules ? { disabledRules } : {}),
  };
};
