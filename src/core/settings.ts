/** What co-authors of one document share: stored in the document by the hosts that can. */
export interface Settings {
  /** Which date counts as "now" for past-due planning: today, or the document's own date stamp. */
  readonly referenceDate: 'today' | 'datestamp';
  /** Organisations a trekker may name. */
  readonly knownTrekkers: readonly string[];
  /** Rule ids switched off. */
  readonly disabledRules: readonly string[];
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
  disabledRules: Array.isArray(stored?.disabledRules)
    ? stored.disabledRules.filter((t): t is string => typeof t === 'string')
    : [],
});
