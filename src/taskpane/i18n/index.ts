import { createContext, useContext } from 'react';
import type { Lang } from '../../core/findings';
import { catalogues } from '../../app/i18n/catalogues';
import type { Messages } from '../../app/i18n/messages';

export { catalogues, languageFor } from '../../app/i18n/catalogues';
export type { Messages } from '../../app/i18n/messages';

export const LanguageContext = createContext<Lang>('nl');

export const useLanguage = (): Lang => useContext(LanguageContext);

export const useMessages = (): Messages => catalogues[useContext(LanguageContext)];
