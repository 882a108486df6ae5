import { useEffect, useMemo, useState } from 'react';
import { createCard, listCards } from '../../api/cards';
import { ApiError } from '../../api/client';
import { updateConversation } from '../../api/conversations';
import type { Card, CardType, Conversation } from '../../api/chatTypes';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { describeError } from '../../forms/describeError';
import { localizeFields } from '../../forms/localizeFields';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { Segmented } from '../../components/Segmented';
import { CardPicker } from './CardPicker';

type Mode = 'existing' | 'new';

/**
 * AttachCardDialog attaches a conversation to a deal or a customer: one picked from
 * the list (the contact's own cards first), or a new one created on the spot for
 * the conversation's contact, with the current user responsible for it.
 */
export function AttachCardDialog({
  open,
  conversation,
  onClose,
  onAttached,
}: {
  open: boolean;
  conversation: Conversation;
  onClose: () => void;
  onAttached: (conversation: Conversation, card: Card) => void;
}) {
  const t = useT();
  const { user: me } = useSession();
  const contactName = conversation.contact?.name ?? '';
  const [type, setType] = useState<CardType>('deal');
  const [mode, setMode] = useState<Mode>('existing');
  const [cards, setCards] = useState<Card[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setType(conversation.card_type ?? 'deal');
    setError(null);
    setSaving(false);
    // Set up once per opening: a live change of the conversation must not reset the form.
  }, [open]);

  useEffect(() => {
    if (!open) return;
    setPicked(null);
    setNameError(undefined);
    setName(type === 'deal' ? t('attach.defaultDeal', { name: contactName }) : contactName);
    setCards(null);
    setLoadFailed(false);
    let live = true;
    listCards(type, { limit: 500 }).then(
      (list) => {
        if (!live) return;
        setCards(list.items);
        setMode(list.items.length ? 'existing' : 'new');
        // Changing the card starts from the one it is attached to now.
        if (conversation.card_type === type && conversation.card_id !== null) setPicked(String(conversation.card_id));
      },
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
    // Loaded once per opening and type; a live change of the conversation must not reload.
  }, [open, type, contactName, t]);

  const ordered = useMemo(() => {
    const own = (c: Card) => String(c.contact_id) === String(conversation.contact_id);
    return [...(cards ?? [])].sort((a, b) => Number(own(b)) - Number(own(a)));
  }, [cards, conversation.contact_id]);

  const submit = async () => {
    setError(null);
    let card: Card | undefined;
    if (mode === 'existing') {
      card = ordered.find((c) => String(c.id) === picked);
      if (!card) {
        setError(t('attach.pickOne'));
        return;
      }
    } else if (!name.trim()) {
      setNameError(t('error.required'));
      return;
    }
    setSaving(true);
    try {
      card ??= await createCard(type, {
        name: name.trim(),
        contact_id: conversation.contact_id,
        responsible_user_id: me.id,
      });
      const saved = await updateConversation(conversation.id, { card_type: type, card_id: card.id });
      onAttached(saved, card);
    } catch (caught) {
      setSaving(false);
      if (caught instanceof ApiError && caught.fields?.name) setNameError(localizeFields(caught.fields, t).name);
      setError(describeError(caught, t));
    }
  };

  return (
    <Dialog
      open={open}
      title={t('attach.title')}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogActions saving={saving} submitLabel={t(mode === 'existing' ? 'attach.submit' : 'attach.create')} onCancel={onClose} />}
    >
      {error && <FormAlert>{error}</FormAlert>}
      <Segmented
        label={t('attach.kind')}
        value={type}
        onChange={setType}
        options={[
          { value: 'deal', label: t('card.deal') },
          { value: 'customer', label: t('card.customer') },
        ]}
      />
      <Segmented
        label={t('attach.mode')}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'existing', label: t('attach.existing') },
          { value: 'new', label: t('attach.new') },
        ]}
      />
      {mode === 'existing' ? (
        <CardPicker
          type={type}
          cards={cards === null ? null : ordered}
          failed={loadFailed}
          ownContactId={conversation.contact_id}
          picked={picked}
          onPick={setPicked}
        />
      ) : (
        <TextField
          label={t('common.name')}
          name="name"
          autoComplete="off"
          value={name}
          error={nameError}
          hint={t('attach.nameHint', { contact: contactName })}
          onChange={(event) => setName(event.target.value)}
        />
      )}
    </Dialog>
  );
}
