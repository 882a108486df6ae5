import { useState } from 'react';
import { updateCard } from '../../api/cards';
import type { Card } from '../../api/chatTypes';
import { describeError } from '../../forms/describeError';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { sameId } from '../../thread/timeline';
import { useToast } from '../../toast/useToast';

/** SubscribeButton adds the current user to a card's subscribers, or takes them off. */
export function SubscribeButton({ card, onSaved }: { card: Card; onSaved: (card: Card) => void }) {
  const t = useT();
  const toast = useToast();
  const { user: me } = useSession();
  const [busy, setBusy] = useState(false);
  const subscribed = card.subscriber_ids.some((id) => sameId(id, me.id));

  const toggle = async () => {
    setBusy(true);
    const subscriber_ids = subscribed
      ? card.subscriber_ids.filter((id) => !sameId(id, me.id))
      : [...card.subscriber_ids, me.id];
    try {
      const saved = await updateCard(card.type, card.id, { subscriber_ids });
      onSaved(saved);
      toast.show({ tone: 'success', message: t(subscribed ? 'cards.unsubscribedToast' : 'cards.subscribedToast') });
    } catch (error) {
      toast.show({ tone: 'error', message: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className={subscribed ? 'btn btn-secondary' : 'btn btn-primary'}
      aria-pressed={subscribed}
      disabled={busy}
      onClick={toggle}
    >
      <Icon name={subscribed ? 'check' : 'bell'} size={18} />
      {t(subscribed ? 'cards.unsubscribe' : 'cards.subscribe')}
    </button>
  );
}
