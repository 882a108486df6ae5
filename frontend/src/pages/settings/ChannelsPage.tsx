import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';

/** ChannelsPage is Settings → Chats and messengers; the NPS switch and channels come later. */
export function ChannelsPage() {
  const t = useT();
  usePageTitle(t('settings.channels'));
  return (
    <>
      <PageHeader level={2} title={t('settings.channels')} />
      <EmptyState
        icon="chat"
        title={t('settings.channelsEmptyTitle')}
        text={t('settings.channelsEmptyText')}
      />
    </>
  );
}
