import { createContext, useContext } from 'react';
import type { Lang } from '../../core/findings';
import { catalogues } from './catalogues';
import type { Messages } from './messages';

export { catalogues, languageFor } from './catalogues';
export type { Messages, ReportReason } from './messages';

export const LanguageContext = createContext<Lang>('nl');

export const useLanguage = (): Lang => useContext(LanguageContext);

export const useMessages = (): Messages => catalogues[useContext(LanguageContext)];
