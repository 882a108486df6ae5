import type { Channel } from '../../../api/chatTypes';
import { CopyButton } from '../../../components/CopyButton';
import { Icon } from '../../../icons/Icon';
import { useT } from '../../../i18n/useT';
import { chatPageUrl, widgetSnippet } from './snippet';

/**
 * ChannelCard is one web chat: its link and widget code to copy, and (for
 * administrators) renaming it and giving it a new key.
 */
export function ChannelCard({
  channel,
  canManage,
  onRename,
  onRotate,
}: {
  channel: Channel;
  canManage: boolean;
  onRename: () => void;
  onRotate: () => void;
}) {
  const t = useT();
  const origin = window.location.origin;
  const url = chatPageUrl(origin, channel.public_key);
  const snippet = widgetSnippet(origin, channel.public_key);
  return (
    <article className="card channel-card" aria-label={channel.name}>
      <header className="channel-head">
        <span className="channel-icon">
          <Icon name="chat" size={20} />
        </span>
        <div className="channel-title">
          <h3 className="card-title">{channel.name}</h3>
          <p className="card-text">
            {t(`channels.type.${channel.type}`)} · <code className="channel-key">{t('channels.key', { key: channel.public_key })}</code>
          </p>
        </div>
        {canManage && (
          <div className="channel-actions">
            <button type="button" className="btn btn-ghost btn-small" onClick={onRename}>
              <Icon name="pencil" size={16} />
              {t('channels.rename')}
            </button>
            <button type="button" className="btn btn-ghost btn-small btn-danger-text" onClick={onRotate}>
              <Icon name="rotate" size={16} />
              {t('channels.rotate')}
            </button>
          </div>
        )}
      </header>

      <section className="channel-block">
        <div className="channel-block-head">
          <h4 className="channel-block-title">
            <Icon name="link" size={16} />
            {t('channels.pageLink')}
          </h4>
          <a className="btn btn-ghost btn-small" href={url} target="_blank" rel="noopener noreferrer">
            <Icon name="external" size={16} />
            {t('channels.openChat')}
          </a>
        </div>
        <p className="field-hint">{t('channels.pageLinkHint')}</p>
        <div className="copy-row">
          <input className="input copy-value" readOnly value={url} aria-label={t('channels.pageLink')} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={url} label={t('channels.copyLink', { name: channel.name })} />
        </div>
      </section>

      <section className="channel-block">
        <div className="channel-block-head">
          <h4 className="channel-block-title">
            <Icon name="code" size={16} />
            {t('channels.widget')}
          </h4>
        </div>
        <p className="field-hint">{t('channels.widgetHint')}</p>
        <div className="copy-row copy-row-code">
          <pre className="code-block" tabIndex={0} aria-label={t('channels.widget')}>
            <code>{snippet}</code>
          </pre>
          <CopyButton text={snippet} label={t('channels.copySnippet', { name: channel.name })} />
        </div>
      </section>
    </article>
  );
}
