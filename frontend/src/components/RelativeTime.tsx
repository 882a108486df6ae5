import { formatDateTime, formatRelative } from '../i18n/format';
import { useLanguage, useT } from '../i18n/useT';

/** RelativeTime shows "5 minutes ago", with the exact time on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <time dateTime={iso} title={formatDateTime(iso, lang)}>
      {formatRelative(iso, lang) ?? t('time.justNow')}
    </time>
  );
}
