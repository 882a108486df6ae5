import { useT } from '../../../i18n/useT';

/** Malformed stands in for a step body whose settings cannot be read. */
export function Malformed() {
  const t = useT();
  return <p className="step-text step-text-empty">{t('bot.node.malformed')}</p>;
}
