import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { listBots } from '../api/bots';
import type { Id } from '../api/types';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { useSession } from '../session/useSession';
import './editBotLink.css';

/**
 * EditBotLink is the "Edit NPS bot" entry on Settings → Chats and messengers,
 * for administrators. It finds the NPS bot and links to its constructor.
 * It imports nothing of the constructor, so the settings page stays light.
 * `compact` renders only the link (the NPS section puts it beside the switch).
 */
export function EditBotLink({ compact = false }: { compact?: boolean } = {}) {
  const t = useT();
  const { user } = useSession();
  const [botId, setBotId] = useState<Id | null>(null);
  const admin = user.role === 'admin';

  useEffect(() => {
    if (!admin) return;
    let live = true;
    listBots().then(
      (list) => {
        const bot = list.items.find((b) => b.kind === 'nps') ?? list.items[0];
        if (live && bot) setBotId(bot.id);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [admin]);

  if (!admin || botId === null) return null;
  const link = (
    <Link to={`/settings/bot/${encodeURIComponent(String(botId))}`} className="btn btn-secondary">
      <Icon name="pencil" size={16} />
      {t('bot.edit')}
    </Link>
  );
  if (compact) return link;
  return (
    <section className="settings-block edit-bot">
      <div className="edit-bot-card">
        <span className="edit-bot-icon" aria-hidden>
          <Icon name="star" size={22} />
        </span>
        <div className="edit-bot-text">
          <h2 className="card-title">{t('bot.editTitle')}</h2>
          <p className="card-text">{t('bot.editText')}</p>
        </div>
        {link}
      </div>
    </section>
  );
}
