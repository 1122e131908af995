import type { Lang } from '../../core/findings';
import { en } from './en';
import type { Messages } from './messages';
import { nl } from './nl';

export const catalogues: Readonly<Record<Lang, Messages>> = { nl, en };

/** Office's display language ("en-US", "nl-NL", …): English for English, Dutch for everything else. */
export const languageFor = (displayLanguage: string | undefined): Lang =>
  displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
