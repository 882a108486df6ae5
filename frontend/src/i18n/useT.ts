import { useContext } from 'react';
import { I18nContext, type I18nValue } from './context';
import type { Translate } from './language';

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT must be used inside <I18nProvider>');
  return value;
}

/** useT returns `t`, which turns a message key into text in the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** useLanguage returns the current language and the function that changes it. */
export function useLanguage(): Pick<I18nValue, 'lang' | 'setLang'> {
  const { lang, setLang } = useI18n();
  return { lang, setLang };
}
