import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext } from './context';
import {
  detectLanguage,
  dictionaries,
  readSavedLanguage,
  saveLanguage,
  translate,
  type Lang,
  type Translate,
} from './language';

/** I18nProvider holds the interface language, remembers changes and sets `<html lang>`. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(
    () =>
      initial ?? detectLanguage(readSavedLanguage(), navigator.languages ?? [navigator.language]),
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    saveLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo(() => {
    const messages = dictionaries[lang];
    const t: Translate = (key, vars) => translate(messages, key, vars);
    return { lang, setLang, t };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
