import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getBot, type Bot } from '../../api/bots';
import type { User } from '../../api/types';
import { listUsers } from '../../api/users';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import '../constructor.css';
import { BotEditor } from './BotEditor';

/**
 * ConstructorPage is Settings → Edit NPS bot (/settings/bot/:id), loaded on
 * demand so the rest of the app never downloads the canvas. Administrators
 * get the editor once the bot and the team are loaded; managers a friendly
 * word that this is for administrators.
 */
export default function ConstructorPage() {
  const t = useT();
  const { user } = useSession();
  const { id = '' } = useParams();
  const [bot, setBot] = useState<Bot | null>(null);
  const [failed, setFailed] = useState(false);
  const [users, setUsers] = useState<User[] | null>(null);
  const [usersFailed, setUsersFailed] = useState(false);
  const admin = user.role === 'admin';
  usePageTitle(t('bot.title'));

  const load = useCallback(() => {
    setFailed(false);
    getBot(id).then(setBot, () => setFailed(true));
    listUsers().then(
      (list) => setUsers(list.items),
      () => setUsersFailed(true),
    );
  }, [id]);
  useEffect(() => {
    if (admin) load();
  }, [admin, load]);

  if (!admin) {
    return (
      <div className="page page-narrow">
        <EmptyState icon="lock" title={t('bot.adminOnlyTitle')} text={t('bot.adminOnlyText')}>
          <Link to="/settings/channels" className="btn btn-secondary">
            {t('bot.toSettings')}
          </Link>
        </EmptyState>
      </div>
    );
  }
  if (failed) {
    return (
      <div className="page page-narrow">
        <FormAlert>
          {t('bot.loadError')}{' '}
          <button type="button" className="link-button" onClick={load}>
            {t('common.retry')}
          </button>
        </FormAlert>
      </div>
    );
  }
  if (!bot || (!users && !usersFailed)) {
    return <div className="bot-loading" aria-busy="true" aria-label={t('bot.loading')} />;
  }
  return (
    <ReactFlowProvider>
      <BotEditor key={String(bot.id)} bot={bot} users={users} usersFailed={usersFailed} />
    </ReactFlowProvider>
  );
}
