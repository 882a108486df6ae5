import { useEffect, useState } from 'react';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { useToast } from '../toast/useToast';
import { copyText } from './copyText';

/** CopyButton copies a text and says so for a moment ("Copied ✓"). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const toast = useToast();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    if (await copyText(text)) setCopied(true);
    else toast.show({ tone: 'error', message: t('channels.copyFailed') });
  };

  return (
    <button
      type="button"
      className={copied ? 'btn btn-secondary btn-small copy-button is-copied' : 'btn btn-secondary btn-small copy-button'}
      aria-label={label}
      onClick={copy}
    >
      <Icon name={copied ? 'check' : 'copy'} size={16} />
      <span aria-live="polite">{t(copied ? 'channels.copied' : 'channels.copy')}</span>
    </button>
  );
}
