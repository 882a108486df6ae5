import { useId } from 'react';
import { Icon } from '../icons/Icon';
import { LANGS, type Lang } from '../i18n/language';
import { useLanguage, useT } from '../i18n/useT';

/** LanguageSwitch picks the interface language (each named in its own language). */
export function LanguageSwitch() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const id = useId();
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="sr-only">
        {t('lang.label')}
      </label>
      <Icon name="globe" size={18} className="lang-switch-icon" />
      <select
        id={id}
        className="lang-switch-select"
        value={lang}
        onChange={(event) => setLang(event.target.value as Lang)}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
