import { useCallback, useEffect, useState } from 'react';
import { listChannels } from '../../api/channels';
import type { Channel } from '../../api/chatTypes';
import { NpsSettingsSection } from '../../nps/NpsSettingsSection';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { useToast } from '../../toast/useToast';
import { ChannelCard } from './channels/ChannelCard';
import { ChannelNameDialog } from './channels/ChannelNameDialog';
import { RotateKeyDialog } from './channels/RotateKeyDialog';

type NameDialog = { mode: 'closed' } | { mode: 'create' } | { mode: 'rename'; channel: Channel };

/**
 * ChannelsPage is Settings → Chats and messengers. The NPS section (the switch and
 * the NPS bot) sits at the top, above the web chats; see the slot below.
 */
export function ChannelsPage() {
  const t = useT();
  usePageTitle(t('settings.channels'));
  const toast = useToast();
  const { user } = useSession();
  const admin = user.role === 'admin';
  const [channels, setChannels] = useState<Channel[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [nameDialog, setNameDialog] = useState<NameDialog>({ mode: 'closed' });
  const [rotating, setRotating] = useState<Channel | null>(null);

  const load = useCallback(() => {
    setFailed(false);
    listChannels().then(
      (list) => setChannels(list.items),
      () => setFailed(true),
    );
  }, []);
  useEffect(load, [load]);

  const put = (saved: Channel) =>
    setChannels((list) =>
      list?.some((c) => String(c.id) === String(saved.id))
        ? list.map((c) => (String(c.id) === String(saved.id) ? saved : c))
        : [...(list ?? []), saved],
    );

  return (
    <div className="channels-page">
      {/* The NPS section, above the web chats: the switch, Edit NPS bot, the bot in words, timeout and cooldown. */}
      <NpsSettingsSection />

      <section className="settings-block">
        <PageHeader
          level={2}
          title={t('channels.title')}
          subtitle={t('channels.subtitle')}
          actions={
            admin && (
              <button type="button" className="btn btn-primary" onClick={() => setNameDialog({ mode: 'create' })}>
                <Icon name="plus" size={18} />
                {t('channels.add')}
              </button>
            )
          }
        />
        {!admin && <p className="channels-note">{t('channels.adminOnly')}</p>}
        {failed && (
          <FormAlert>
            {t('channels.loadError')}{' '}
            <button type="button" className="link-button" onClick={load}>
              {t('common.retry')}
            </button>
          </FormAlert>
        )}
        {!channels && !failed && <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />}
        {channels?.length === 0 && <EmptyState icon="chat" title={t('channels.empty')} text={t('channels.emptyText')} />}
        {channels && channels.length > 0 && (
          <div className="channel-list">
            {channels.map((channel) => (
              <ChannelCard
                key={String(channel.id)}
                channel={channel}
                canManage={admin}
                onRename={() => setNameDialog({ mode: 'rename', channel })}
                onRotate={() => setRotating(channel)}
              />
            ))}
          </div>
        )}
      </section>

      <ChannelNameDialog
        open={nameDialog.mode !== 'closed'}
        channel={nameDialog.mode === 'rename' ? nameDialog.channel : undefined}
        onClose={() => setNameDialog({ mode: 'closed' })}
        onSaved={(saved, created) => {
          put(saved);
          setNameDialog({ mode: 'closed' });
          toast.show({
            tone: 'success',
            message: t(created ? 'channels.created' : 'channels.renamed', { name: saved.name }),
          });
        }}
      />
      <RotateKeyDialog
        channel={rotating}
        onClose={() => setRotating(null)}
        onRotated={(saved) => {
          put(saved);
          setRotating(null);
          toast.show({ tone: 'success', message: t('channels.rotated') });
        }}
      />
    </div>
  );
}
