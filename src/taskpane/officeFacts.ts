import type { HostKind } from '../hosts/host';
import { REQUIREMENT_SETS, type RequirementSet } from '../hosts/requirementSets';

/** What Office says about itself, for "Diagnose kopiëren": read on the user's click, never sent anywhere. */
export interface OfficeFacts {
  /** `Office.context.diagnostics` (https://learn.microsoft.com/javascript/api/office/office.contextinformation): "Word", "PC", "16.0.17928.20114". */
  readonly host?: string;
  readonly platform?: string;
  readonly version?: string;
  /** `Office.context.displayLanguage`. */
  readonly language?: string;
  /** Each set the host relies on, as `isSetSupported` answers; undefined where Office could not say. */
  readonly sets: readonly { readonly set: RequirementSet; readonly supported: boolean | undefined }[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Asks the Office the page runs in. Where office.js is absent, or a member is missing or throws
 * (older Office, the browser preview), that fact is left out rather than guessed.
 */
export const probeOffice = (kind: HostKind): OfficeFacts => {
  const context = typeof Office === 'undefined' ? undefined : (Office.context as Office.Context | undefined);
  const diagnostics = (() => {
    try {
      return context?.diagnostics as Partial<Office.ContextInformation> | undefined;
    } catch {
      return undefined;
    }
  })();
  const supported = (set: RequirementSet): boolean | undefined => {
    try {
      const requirements = context?.requirements;
      return typeof requirements?.isSetSupported === 'function' ? requirements.isSetSupported(set.name, set.version) : undefined;
    } catch {
      return undefined;
    }
  };
  const sets = kind === 'word' || kind === 'excel' ? REQUIREMENT_SETS[kind] : [];
  const host = text(diagnostics?.host) ?? text(context?.host);
  const platform = text(diagnostics?.platform) ?? text(context?.platform);
  const version = text(diagnostics?.version);
  const language = text(context?.displayLanguage);
  return {
    ...(host ? { host } : {}),
    ...(platform ? { platform } : {}),
    ...(version ? { version } : {}),
    ...(language ? { language } : {}),
    sets: sets.map((set) => ({ set, supported: supported(set) })),
  };
};
