import { createContext } from 'react';
import type { Lang, Translate } from './language';

/** I18nValue is what the language context carries. */
export interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

/** I18nContext carries the current language; I18nProvider fills it. */
export const I18nContext = createContext<I18nValue | null>(null);
