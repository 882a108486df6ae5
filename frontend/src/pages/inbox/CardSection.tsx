import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { getCard } from '../../api/cards';
import type { Card, Conversation } from '../../api/chatTypes';
import { useTeam } from '../../directory/useTeam';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { cardPath } from '../cards/cardPaths';
import { AttachCardDialog } from './AttachCardDialog';

/** CardSection shows the deal or customer a conversation is attached to, and attaches it. */
export function CardSection({
  conversation,
  onChanged,
}: {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}) {
  const t = useT();
  const toast = useToast();
  const team = useTeam();
  const [card, setCard] = useState<Card | null>(null);
  const [missing, setMissing] = useState(false);
  const [dialog, setDialog] = useState(false);
  const { card_type: type, card_id: id } = conversation;
  const attached = type !== null && id !== null && id !== undefined;

  useEffect(() => {
    setMissing(false);
    if (type === null || id === null || id === undefined) {
      setCard(null);
      return;
    }
    const controller = new AbortController();
    getCard(type, id, controller.signal).then(setCard, () => {
      if (!controller.signal.aborted) setMissing(true);
    });
    return () => controller.abort();
  }, [type, id]);

  const shown = card && attached && String(card.id) === String(id) && card.type === type ? card : null;

  return (
    <section className="side-section">
      <h3 className="side-heading">{t('inbox.card')}</h3>
      {!attached && <p className="side-muted">{t('inbox.notAttached')}</p>}
      {attached && missing && <p className="side-muted">{t('inbox.cardMissing')}</p>}
      {attached && !missing && !shown && <div className="side-card is-loading" aria-busy="true" />}
      {shown && (
        <Link to={cardPath(shown.type, shown.id)} className="side-card">
          <span className={`side-card-icon is-${shown.type}`}>
            <Icon name={shown.type === 'deal' ? 'deal' : 'star'} size={18} />
          </span>
          <span className="side-card-body">
            <span className="side-card-type">{t(`card.${shown.type}`)}</span>
            <span className="side-card-name">{shown.name}</span>
            <span className="side-card-meta">
              {t('cards.col.responsible')}: {team.byId(shown.responsible_user_id)?.name ?? '…'}
            </span>
          </span>
        </Link>
      )}
      <button
        type="button"
        className={attached ? 'btn btn-ghost btn-small side-attach' : 'btn btn-secondary btn-block side-attach'}
        onClick={() => setDialog(true)}
      >
        <Icon name={attached ? 'link' : 'plus'} size={16} />
        {t(attached ? 'inbox.changeCard' : 'inbox.attach')}
      </button>
      <AttachCardDialog
        open={dialog}
        conversation={conversation}
        onClose={() => setDialog(false)}
        onAttached={(saved, attachedTo) => {
          setCard(attachedTo);
          onChanged(saved);
          setDialog(false);
          toast.show({ tone: 'success', message: t('inbox.attached', { name: attachedTo.name }) });
        }}
      />
    </section>
  );
}
